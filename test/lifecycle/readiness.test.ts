import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.ts';

const stack = useStack();

const get = (path: string) => fetch(stack.url.replace('/graphql', path));

describe('liveness and readiness', () => {
  it('/health answers 200 while the process runs', async () => {
    expect((await get('/health')).status).toBe(200);
  });

  it('/ready is 200 with its checks while serving, 503 once draining, and never calls Connect', async () => {
    const ready = await get('/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      ready: true,
      checks: {
        draining: false,
        backend: 'emulator',
        region: 'us-east-1',
        credentials: 'ok',
        redis: 'off',
        quotas: 'off',
        connectEvents: 'off',
      },
    });
    stack.readiness.drain();
    const draining = await get('/ready');
    expect(draining.status).toBe(503);
    expect(await draining.json()).toMatchObject({ ready: false, checks: { draining: true } });
    expect(stack.emulator.calls).toEqual([]);
  });
});
