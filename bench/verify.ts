import type { Expectation } from './workloads.ts';

export interface VerifyCounts {
  /** Responses parsed and checked in full. */
  sampled: number;
  /** Checked responses with a top-level `errors` (or no `data`). */
  graphqlErrors: number;
  /** Checked responses where some field's __typename was not the expected one. */
  wrongTypename: number;
  /** A few offending bodies, for the report. */
  examples: string[];
}

/**
 * Builds autocannon's `verifyBody`: every `sampleEvery`-th body is parsed and checked in full; the
 * others get a cheap substring check, so checking costs the load generator little.
 */
export function createVerifier(expect: Expectation, sampleEvery: number) {
  const counts: VerifyCounts = { sampled: 0, graphqlErrors: 0, wrongTypename: 0, examples: [] };
  let seen = 0;
  const marker = expect.kind === 'typenames' ? `"__typename":"${expect.typename}"` : '';

  const fail = (kind: 'graphqlErrors' | 'wrongTypename', body: string): false => {
    counts[kind]++;
    if (counts.examples.length < 3) counts.examples.push(body.slice(0, 300));
    return false;
  };

  const full = (body: string): boolean => {
    counts.sampled++;
    if (expect.kind === 'status-only') return true;
    type Item = { __typename?: string } | null;
    let json: { data?: Record<string, Item | Item[]> | null; errors?: unknown };
    try {
      json = JSON.parse(body) as typeof json;
    } catch {
      return fail('graphqlErrors', body);
    }
    if (json.errors !== undefined || json.data == null) return fail('graphqlErrors', body);
    const list = expect.list === undefined ? undefined : json.data[expect.list];
    const fields: (Item | Item[])[] =
      expect.list === undefined ? Object.values(json.data) : Array.isArray(list) ? list : [];
    if (fields.length !== expect.count || fields.some((f) => Array.isArray(f) || f?.__typename !== expect.typename))
      return fail('wrongTypename', body);
    return true;
  };

  const verifyBody = (raw: string | Buffer | undefined): boolean => {
    const body = String(raw ?? '');
    if (++seen % sampleEvery === 0) return full(body);
    if (expect.kind === 'status-only') return true;
    if (body.includes('"errors"')) return fail('graphqlErrors', body);
    if (!body.includes(marker)) return fail('wrongTypename', body);
    return true;
  };
  return { verifyBody, counts };
}
