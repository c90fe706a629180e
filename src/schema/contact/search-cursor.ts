import { createHash } from 'node:crypto';

/** The page size when `first` is omitted; the read cap counts a page by it (src/plugins/use-read-cap.ts). */
export const DEFAULT_PAGE_SIZE = 25;

/**
 * A searchContacts cursor: where a page starts in Connect's results (the NextToken of the page it
 * belongs to, null for the first, and how many of that page's contacts come before it), bound to
 * the query it came from by a hash of the query's criteria. Opaque to clients (base64url JSON).
 */
export interface SearchPosition {
  token: string | null;
  skip: number;
}

interface CursorBody extends SearchPosition {
  /** The hash of the criteria the cursor was made for. */
  q: string;
}

/** The hash of a search's criteria: the whole input (instance, time range, criteria, sort), not the page size. */
export const criteriaHash = (input: unknown): string =>
  createHash('sha256').update(JSON.stringify(input)).digest('base64url').slice(0, 22);

export const encodeCursor = (hash: string, position: SearchPosition): string =>
  Buffer.from(JSON.stringify({ q: hash, token: position.token, skip: position.skip } satisfies CursorBody)).toString(
    'base64url',
  );

/** The position a cursor names, or why it cannot be used with this query. */
export function decodeCursor(cursor: string, hash: string): SearchPosition | { problem: string } {
  let body: Partial<CursorBody>;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorBody>;
  } catch {
    return { problem: 'is not a cursor of searchContacts' };
  }
  const valid =
    typeof body === 'object' &&
    body !== null &&
    typeof body.q === 'string' &&
    (body.token === null || typeof body.token === 'string') &&
    Number.isInteger(body.skip) &&
    (body.skip ?? -1) >= 0;
  if (!valid) return { problem: 'is not a cursor of searchContacts' };
  if (body.q !== hash)
    return { problem: 'belongs to a search with other criteria: page with the input the cursor came from' };
  return { token: body.token ?? null, skip: body.skip ?? 0 };
}
