import { describe, expect, it } from 'vitest';
import { updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { ROUTER_SECRET } from '../support/tokens.ts';
import { UPDATE_NAME } from './support/documents.ts';

const stack = useStack({ env: { ROUTER_SECRET } });

const update = (headers: Record<string, string>) =>
  stack.post({ query: UPDATE_NAME, variables: { input: updateInput({ name: 'n' }) } }, headers);

describe('router secret (ROUTER_SECRET, `router-authorization`)', () => {
  it('refuses direct calls without the secret (403), without calling Connect', async () => {
    expect((await update({})).status).toBe(403);
    expect((await stack.post({ query: '{ _service { sdl } }' })).status).toBe(403);
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('refuses a wrong secret, including one that differs only in length', async () => {
    expect((await update({ 'router-authorization': 'guess' })).status).toBe(403);
    expect((await update({ 'router-authorization': `${ROUTER_SECRET}x` })).status).toBe(403);
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('serves the router when it presents the secret', async () => {
    const response = await update({ 'router-authorization': ROUTER_SECRET });
    expect(response.status).toBe(200);
    expect(stack.connectCalls('UpdateContact')).toHaveLength(1);
    const sdl = await stack.post({ query: '{ _service { sdl } }' }, { 'router-authorization': ROUTER_SECRET });
    expect(sdl.status).toBe(200);
  });

  it('leaves /health reachable for load balancers', async () => {
    expect((await fetch(stack.url.replace('/graphql', '/health'))).status).toBe(200);
  });
});
