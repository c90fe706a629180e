// Standalone Connect emulator: `npm run emulator` at the repository root, or `npm start` here
// (EMULATOR_PORT, default 4010; EMULATOR_HOST, default 127.0.0.1).
import { z } from 'zod';
import { startEmulator } from './server.ts';
import { SEED_CONTACT_IDS, SEED_INSTANCE_ID } from './state/seed.ts';

const Env = z.object({
  EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  // Empty means the default.
  EMULATOR_HOST: z
    .string()
    .optional()
    .transform((host) => host || undefined),
});

const env = Env.safeParse(process.env);
if (!env.success) {
  for (const { path, message } of env.error.issues) {
    const name = String(path[0]);
    console.error(`${name}=${process.env[name] ?? ''}: ${message}`);
  }
  process.exit(2);
}
const emulator = await startEmulator({ port: env.data.EMULATOR_PORT, host: env.data.EMULATOR_HOST });
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
