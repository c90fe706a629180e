// Standalone Connect emulator: `npm run emulator` at the repository root, or `npm start` here
// (EMULATOR_PORT, default 4010; EMULATOR_HOST, default 127.0.0.1; EMULATOR_SQS_QUEUES and
// EMULATOR_CONTACT_EVENTS_QUEUE for the SQS side).
import { z } from 'zod';
import { startEmulator } from './server.ts';
import { SEED_CONTACT_IDS, SEED_INSTANCE_ID } from './state/seed.ts';

// SQS queue names: "alphanumeric characters, hyphens, and underscores", 1 to 80 (no FIFO queues here).
const queueName = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'an SQS queue name: 1 to 80 of A-Z a-z 0-9 - _');
const Env = z.object({
  EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  // Empty means the default.
  EMULATOR_HOST: z
    .string()
    .optional()
    .transform((host) => host || undefined),
  // Comma-separated queues to create at start, e.g. a dead-letter queue to point a RedrivePolicy at.
  EMULATOR_SQS_QUEUES: z
    .string()
    .optional()
    .transform((list) =>
      (list ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    )
    .pipe(z.array(queueName)),
  // The queue the emulator's contact events go to (created at start); unset: no events.
  EMULATOR_CONTACT_EVENTS_QUEUE: z
    .string()
    .optional()
    .transform((name) => name || undefined)
    .pipe(queueName.optional()),
});

const env = Env.safeParse(process.env);
if (!env.success) {
  for (const { path, message } of env.error.issues) {
    const name = String(path[0]);
    console.error(`${name}=${process.env[name] ?? ''}: ${message}`);
  }
  process.exit(2);
}
const emulator = await startEmulator({
  port: env.data.EMULATOR_PORT,
  host: env.data.EMULATOR_HOST,
  sqsQueues: env.data.EMULATOR_SQS_QUEUES,
  contactEventsQueue: env.data.EMULATOR_CONTACT_EVENTS_QUEUE,
});
const events = emulator.contactEvents.queueName;
console.log(
  `Connect emulator at ${emulator.url} — instance ${SEED_INSTANCE_ID}, contacts ${Object.values(SEED_CONTACT_IDS).join(', ')}; control API at ${emulator.url}/_emulator; SQS at the same URL${events ? `, contact events into ${emulator.url}/${emulator.store.accountId}/${events}` : ''}`,
);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void emulator.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
