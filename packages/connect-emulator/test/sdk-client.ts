import { ConnectClient } from '@aws-sdk/client-connect';
import { afterAll, beforeAll } from 'vitest';
import { type Emulator, type EmulatorOptions, startEmulator } from '../src/index.ts';

/** The real SDK client pointed at an emulator, one attempt so faults surface directly. */
export function sdkClient(emulator: Pick<Emulator, 'url'>): ConnectClient {
  return new ConnectClient({
    region: 'us-east-1',
    endpoint: emulator.url,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}

/** Awaits a promise expected to reject and returns the rejection. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (e) {
    return e as Error & Record<string, unknown>;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/**
 * A seeded emulator and a real SDK client for the tests of one file: started before them, closed
 * after them. Read the fields inside tests (they are set in beforeAll).
 */
export function useEmulator(options: EmulatorOptions = {}): {
  readonly emulator: Emulator;
  readonly client: ConnectClient;
} {
  const env = {} as { emulator: Emulator; client: ConnectClient };
  beforeAll(async () => {
    env.emulator = await startEmulator(options);
    env.client = sdkClient(env.emulator);
  });
  afterAll(async () => {
    env.client.destroy();
    await env.emulator.close();
  });
  return env;
}
