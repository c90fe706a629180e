import type { Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { type CheckedRequest, type RequestCheck, useRequestChecks } from '../../src/plugins/use-request-checks.ts';

// The composer of the HTTP checks (route guard, /ready, router secret, body limit, content type,
// token), with plain checks; each real check is tested through HTTP in test/security/.
type OnRequestPayload = Parameters<NonNullable<Plugin['onRequest']>>[0];

async function run(...checks: RequestCheck[]) {
  const ended: Response[] = [];
  const payload = {
    request: new Request('http://gateway.test/graphql?x=1'),
    fetchAPI: { URL, Response },
    endResponse: (response: Response) => ended.push(response),
  } as unknown as OnRequestPayload;
  await useRequestChecks(...checks).onRequest?.(payload);
  return ended;
}

const answer = (status: number) => () => new Response(null, { status });

/** A check that notes it ran in `seen`, then answers what `then` returns. */
const noting =
  (seen: string[], name: string, then: () => Response | undefined = () => undefined): RequestCheck =>
  () => {
    seen.push(name);
    return then();
  };

describe('useRequestChecks', () => {
  it('runs the checks in order and ends with the first answer; the checks after it do not run', async () => {
    const seen: string[] = [];
    const ended = await run(noting(seen, 'a'), noting(seen, 'b', answer(404)), noting(seen, 'c'));
    expect(seen).toEqual(['a', 'b']);
    expect(ended.map((r) => r.status)).toEqual([404]);
  });

  it('goes on after a check that lets the request through later, and ends with a later answer', async () => {
    const seen: string[] = [];
    const later =
      (check: RequestCheck): RequestCheck =>
      async (request) =>
        check(request);
    const ended = await run(
      later(noting(seen, 'verified')),
      noting(seen, 'next'),
      later(answer(401)),
      noting(seen, 'never'),
    );
    expect(seen).toEqual(['verified', 'next']);
    expect(ended.map((r) => r.status)).toEqual([401]);
  });

  it('lets a request every check passes through untouched', async () => {
    expect(
      await run(
        () => undefined,
        async () => undefined,
      ),
    ).toEqual([]);
  });

  it('gives every check the same URL, parsed once', async () => {
    const urls: URL[] = [];
    const record = ({ url }: CheckedRequest) => void urls.push(url);
    await run(record, record);
    expect(urls[0]?.pathname).toBe('/graphql');
    expect(urls[1]).toBe(urls[0]);
  });
});
