import type { Emulator } from '../src/index.ts';

/** A SigV4-looking header: the emulator checks that one is there, never the signature. */
export const SIGNED = { authorization: 'AWS4-HMAC-SHA256 Credential=test/20250101/us-east-1/connect/aws4_request' };

/**
 * A signed request the SDK would never send (a null member, a number beyond 2^53, a string where a
 * number belongs): the emulator's own reading of the wire, without the SDK's serializer in between.
 * Answers `status errorType`, e.g. `400 SerializationException`, or `200` on success.
 */
export async function rawOutcome(
  emulator: Pick<Emulator, 'url'>,
  method: string,
  path: string,
  body?: string,
): Promise<string> {
  const res = await fetch(emulator.url + path, {
    method,
    headers: { ...SIGNED, 'content-type': 'application/json' },
    body,
  });
  await res.arrayBuffer();
  const errorType = res.headers.get('x-amzn-errortype');
  return errorType === null ? String(res.status) : `${res.status} ${errorType}`;
}
