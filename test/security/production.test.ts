import { beforeAll, describe, expect, it } from 'vitest';
import { ContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID } from '../support/fixtures.ts';
import { type Stack, useStack } from '../support/stack.ts';
import { bearer, hs256Token, PRODUCTION_ENV, ROUTER_SECRET } from '../support/tokens.ts';

const INTROSPECTION = '{ __schema { queryType { name } } }';

const graphiqlPage = (stack: Stack) => fetch(stack.url, { headers: { accept: 'text/html' } });

describe('production defaults (NODE_ENV=production)', () => {
  const stack = useStack({ env: PRODUCTION_ENV });
  let token: string;
  beforeAll(async () => {
    token = await hs256Token();
  });

  it('masks unexpected failures: a fixed message and code, no internal message or stack trace', async () => {
    stack.emulator.faults.add({
      kind: 'malformed',
      status: 200,
      body: '{"Contact": null}',
      operation: 'DescribeContact',
    });
    const response = await stack.post(
      {
        query: 'query($i: ID!, $c: ID!) { contact(instanceId: $i, contactId: $c) { __typename } }',
        variables: { i: INSTANCE_ID, c: ONGOING_CONTACT_ID },
      },
      bearer(token),
    );
    const text = await response.text();
    const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.message).toBe('Amazon Connect did not complete the request.');
    expect(body.errors[0]?.extensions.code).toMatch(/^CONNECT_/);
    expect(text).not.toMatch(/stack|originalError|DescribeContact answered|\.ts:\d+/);
  });

  it('gives no field suggestions ("Did you mean …?")', async () => {
    const response = await stack.post(
      { query: '{ contac(instanceId: "a", contactId: "b") { __typename } }' },
      bearer(token),
    );
    const text = await response.text();
    expect(text).toMatch(/contac/);
    expect(text).not.toMatch(/Did you mean/);
  });

  it('refuses introspection, and `_service` (the whole schema) to a caller without a token', async () => {
    const refused = (await (await stack.post({ query: INTROSPECTION }, bearer(token))).json()) as {
      errors?: { message: string }[];
    };
    expect(refused.errors?.[0]?.message).toMatch(/introspection/i);
    const anonymous = await stack.post({ query: '{ _service { sdl } }' });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain('type Contact');
    const sdl = (await (await stack.post({ query: '{ _service { sdl } }' }, bearer(token))).json()) as {
      data: { _service: { sdl: string } };
    };
    expect(sdl.data._service.sdl).toContain('type Contact');
  });

  it('serves no GraphiQL page', async () => {
    const response = await graphiqlPage(stack);
    expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });

  it('still reads contacts with a valid token', async () => {
    const { data } = await stack.execute(
      ContactDocument,
      { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID },
      bearer(token),
    );
    expect(data?.contact.__typename).toBe('Contact');
  });
});

describe('production with GRAPHQL_INTROSPECTION=true and GRAPHIQL=true', () => {
  const stack = useStack({ env: { ...PRODUCTION_ENV, GRAPHQL_INTROSPECTION: 'true', GRAPHIQL: 'true' } });

  it('answers introspection and serves GraphiQL', async () => {
    const body = (await (await stack.post({ query: INTROSPECTION })).json()) as {
      data?: { __schema: { queryType: { name: string } } };
    };
    expect(body.data?.__schema.queryType.name).toBe('Query');
    expect((await graphiqlPage(stack)).headers.get('content-type')).toMatch(/text\/html/);
  });
});

describe('production with ROUTER_SECRET', () => {
  const stack = useStack({ env: { ...PRODUCTION_ENV, ROUTER_SECRET } });

  it('serves `_service` without a token to the router, which alone reaches the port', async () => {
    const response = await stack.post({ query: '{ _service { sdl } }' }, { 'router-authorization': ROUTER_SECRET });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { _service: { sdl: string } } };
    expect(body.data._service.sdl).toContain('type Contact');
    expect((await stack.post({ query: '{ _service { sdl } }' })).status).toBe(403);
  });
});
