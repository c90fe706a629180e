import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.ts';
import { rawRequest } from './support/raw-http.ts';

const METRICS_TOKEN = 'metrics-token-0123456789abcdefghijklmnop';

const seriesOf = (text: string) => text.split('\n').filter((line) => line.length > 0 && !line.startsWith('#'));

describe('metrics exposure', () => {
  const stack = useStack({ env: { METRICS_TOKEN } });

  const scrape = async () => {
    const response = await fetch(stack.metricsUrl, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    return response.text();
  };

  it('are not served on the GraphQL port, whatever the path', async () => {
    for (const path of ['/metrics', '//metrics', '/graphql/metrics', '/metrics?x=1'])
      expect((await rawRequest(stack.url, { method: 'GET', path })).status).toBe(404);
  });

  it('refuse a scrape without the token, or with another one', async () => {
    expect((await fetch(stack.metricsUrl)).status).toBe(401);
    expect((await fetch(stack.metricsUrl, { headers: { authorization: `Bearer ${METRICS_TOKEN}x` } })).status).toBe(
      401,
    );
    expect((await fetch(stack.metricsUrl.replace('/metrics', '/other'))).status).toBe(404);
  });

  it('answer exactly /metrics on their port; any other target is a 404 at once, not a hung request', async () => {
    const { origin } = new URL(stack.metricsUrl);
    const authorization = `Bearer ${METRICS_TOKEN}`;
    for (const path of ['http://a:99999/metrics', 'http://metrics/metrics', '/metrics/', '//metrics', '*'])
      expect((await rawRequest(origin, { method: 'GET', path, headers: { authorization } })).status, path).toBe(404);
    expect((await rawRequest(origin, { method: 'GET', path: '/metrics?x=1', headers: { authorization } })).status).toBe(
      200,
    );
  });

  it('label series from bounded sets only: distinct URLs, Hosts and operation names add no series', async () => {
    const warm = async (i: number) => {
      await rawRequest(stack.url, {
        method: 'GET',
        path: `/graphql?query=${encodeURIComponent(`query Probe${i} { __typename }`)}&contactId=secret-${i}`,
        headers: { host: `host-${i}.attacker.example` },
      });
      await stack.post({ query: `query Op${i} { __typename }`, operationName: `Op${i}` });
      await rawRequest(stack.url, { method: 'GET', path: `/nowhere-${i}?q=${i}` });
    };
    await warm(0);
    const before = seriesOf(await scrape()).length;
    for (let i = 1; i <= 200; i++) await warm(i);
    const text = await scrape();
    expect(seriesOf(text).length).toBe(before);
    expect(text).not.toMatch(/secret-|attacker\.example|Probe1|Op17|nowhere|url=/);
    expect(text).toContain('operationName="other"');
  });
});
