import { ConnectClient } from '@aws-sdk/client-connect';
import type { Emulator } from '../../src/emulator/index.ts';

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
