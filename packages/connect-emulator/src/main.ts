// Standalone Connect emulator: `npm run emulator` (EMULATOR_PORT, EMULATOR_HOST).
import { SEED_CONTACT_IDS, SEED_INSTANCE_ID } from './state/seed.ts';
import { startEmulator } from './server.ts';

const port = Number(process.env['EMULATOR_PORT'] ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`EMULATOR_PORT must be a port number, got ${process.env['EMULATOR_PORT']}`);
  process.exit(2);
}
const emulator = await startEmulator({ port, host: process.env['EMULATOR_HOST'] || undefined });
console.log(
  `Connect emulator at ${emulator.url} — instance ${SEED_INSTANCE_ID}, contacts ${Object.values(SEED_CONTACT_IDS).join(', ')}; control API at ${emulator.url}/_emulator`,
);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void emulator.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
