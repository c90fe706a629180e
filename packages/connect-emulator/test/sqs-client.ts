import { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll } from 'vitest';
import { type Emulator, type EmulatorOptions, startEmulator } from '../src/index.ts';

/** The real SQS client pointed at an emulator, one attempt so faults surface directly. */
export function sqsClient(emulator: Pick<Emulator, 'url'>, maxAttempts = 1): SQSClient {
  return new SQSClient({
    region: 'us-east-1',
    endpoint: emulator.url,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts,
  });
}

/** A clock a test moves by hand: visibility timeouts, delays and purges follow it. */
export function manualClock(start = '2025-03-01T12:00:00.000Z') {
  let now = new Date(start);
  return {
    clock: () => now,
    advance(seconds: number) {
      now = new Date(now.getTime() + seconds * 1000);
    },
  };
}

/** A seeded emulator and an SQS client for the tests of one file. */
export function useSqsEmulator(options: EmulatorOptions = {}): {
  readonly emulator: Emulator;
  readonly sqs: SQSClient;
} {
  const env = {} as { emulator: Emulator; sqs: SQSClient };
  beforeAll(async () => {
    env.emulator = await startEmulator(options);
    env.sqs = sqsClient(env.emulator);
  });
  afterAll(async () => {
    env.sqs.destroy();
    await env.emulator.close();
  });
  return env;
}
