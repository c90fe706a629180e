/** The two Connect operations the emulator speaks. */
export type OperationName = 'UpdateContact' | 'DescribeContact';

/** Control API prefix: `_` is not a valid first segment of any Connect path. */
export const CONTROL_PREFIX = '/_emulator';

export type Route =
  | { kind: 'connect'; operation: OperationName; instanceId: string; contactId: string }
  | { kind: 'control'; segments: string[]; query: URLSearchParams }
  | { kind: 'unknown'; instanceId?: string; contactId?: string };

// The SDK URI-encodes each label, so one label is exactly one raw segment;
// decode it once and never normalise (`..` stays a literal id).
function decodeLabel(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** Maps a method and raw request target to a Connect operation, a control route, or nothing. */
export function parseRoute(method: string | undefined, rawUrl: string | undefined): Route {
  const url = rawUrl ?? '/';
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
    const segments = path.slice(CONTROL_PREFIX.length).split('/').filter(Boolean).map((s) => decodeLabel(s) ?? s);
    return { kind: 'control', segments, query: new URLSearchParams(q === -1 ? '' : url.slice(q + 1)) };
  }
  const parts = path.split('/');
  if (parts.length !== 4 || parts[0] !== '' || parts[1] !== 'contacts') return { kind: 'unknown' };
  const instanceId = decodeLabel(parts[2] ?? '');
  const contactId = decodeLabel(parts[3] ?? '');
  if (instanceId === undefined || contactId === undefined) return { kind: 'unknown' };
  const operation = method === 'POST' ? 'UpdateContact' : method === 'GET' ? 'DescribeContact' : undefined;
  if (!operation) return { kind: 'unknown', instanceId, contactId };
  return { kind: 'connect', operation, instanceId, contactId };
}
