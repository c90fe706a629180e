import { describe, expect, it } from 'vitest';
import { type Stack, useStack } from '../support/stack.ts';
import { PRODUCTION_ENV } from '../support/tokens.ts';

const METRICS_TOKEN = 'metrics-token-0123456789abcdefghijklmnop';

const get = (stack: Stack, path: string, headers: Record<string, string> = {}) =>
  fetch(stack.url.replace('/graphql', path), { headers });

// What the checks would reveal: the backend, region, credential, Redis and quota state.
const DETAIL = /emulator|us-east-1|credentials|redis|quotas|draining/;

describe('/ready in production without METRICS_TOKEN', () => {
  const stack = useStack({ env: PRODUCTION_ENV });

  it('answers the status alone: 200 {"ready":true}, 503 {"ready":false} once draining', async () => {
    const ready = await get(stack, '/ready');
    expect(ready.status).toBe(200);
    const text = await ready.text();
    expect(JSON.parse(text)).toEqual({ ready: true });
    expect(text).not.toMatch(DETAIL);
    stack.readiness.drain();
    const draining = await get(stack, '/ready');
    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ ready: false });
  });
});

describe('/ready with METRICS_TOKEN', () => {
  const stack = useStack({ env: { ...PRODUCTION_ENV, METRICS_TOKEN } });

  it('gives the checks only to a caller sending the metrics token', async () => {
    expect(await (await get(stack, '/ready')).json()).toEqual({ ready: true });
    const wrong = await get(stack, '/ready', { authorization: `Bearer ${METRICS_TOKEN}x` });
    expect(await wrong.json()).toEqual({ ready: true });
    const detailed = await get(stack, '/ready', { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(detailed.status).toBe(200);
    expect(await detailed.json()).toMatchObject({
      ready: true,
      checks: { backend: 'emulator', region: 'us-east-1', credentials: 'ok', redis: 'off', quotas: 'off' },
    });
  });
});

describe('/health', () => {
  const stack = useStack({ env: PRODUCTION_ENV });

  it('answers 200 without naming the server framework (no x-yoga-id)', async () => {
    const response = await get(stack, '/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-yoga-id')).toBeNull();
    expect([...response.headers.keys()].filter((name) => /yoga|powered/i.test(name))).toEqual([]);
  });
});
