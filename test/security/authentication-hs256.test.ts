import { describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { AUDIENCE, bearer, HS256_ENV, hs256Token, ISSUER, seconds, unsignedToken } from '../support/tokens.ts';

const stack = useStack({ env: HS256_ENV });

const update = (headers?: Record<string, string>) =>
  stack.execute(UpdateContactDocument, { input: updateInput({ name: 'n' }) }, headers);

async function expectRefused(headers: Record<string, string> | undefined, error?: string) {
  const response = await stack.post(
    {
      query: 'mutation($i: UpdateContactInput!) { updateContact(input: $i) { __typename } }',
      variables: { i: updateInput({ name: 'n' }) },
    },
    headers,
  );
  expect(response.status).toBe(401);
  const challenge = response.headers.get('www-authenticate') ?? '';
  expect(challenge).toMatch(/^Bearer /);
  if (error) expect(challenge).toContain(`error="${error}"`);
  const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
  expect(body.data ?? null).toBeNull();
  expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  expect(stack.connectCalls()).toHaveLength(0);
}

describe('HS256 bearer tokens (AUTH_JWT_SECRET)', () => {
  it('accepts a valid token and calls Connect once', async () => {
    const { data, status } = await update(bearer(await hs256Token()));
    expect(status).toBe(200);
    expect(data?.updateContact.__typename).toBe('UpdateContactSuccess');
    expect(stack.connectCalls('UpdateContact')).toHaveLength(1);
  });

  it('answers 401 with a Bearer challenge to a request without a token, before validating input', async () => {
    await expectRefused(undefined);
    // Even an invalid input is not looked at: no InvalidParameterError leaks to anonymous callers.
    const { status } = await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'x'.repeat(600) }) });
    expect(status).toBe(401);
  });

  it('refuses a token signed with another secret (forged)', async () => {
    await expectRefused(bearer(await hs256Token({}, 'another-secret-0123456789abcdefghijklmnop')), 'invalid_token');
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const token = unsignedToken({
      sub: 'attacker',
      scope: 'contacts:write',
      iss: ISSUER,
      aud: AUDIENCE,
      exp: seconds.now() + 300,
    });
    await expectRefused(bearer(token), 'invalid_token');
  });

  it('refuses a token for another audience or from another issuer', async () => {
    await expectRefused(bearer(await hs256Token({ aud: 'another-api' })), 'invalid_token');
    await expectRefused(bearer(await hs256Token({ iss: 'https://elsewhere.test/' })), 'invalid_token');
  });

  it('refuses a token without exp or without sub', async () => {
    await expectRefused(bearer(await hs256Token({ exp: undefined })), 'invalid_token');
    await expectRefused(bearer(await hs256Token({ sub: undefined })), 'invalid_token');
  });

  it('refuses a token whose sub is not a string of 1 to 256 characters (it names the caller in the audit log)', async () => {
    for (const sub of [{ admin: true }, ['a', 'b'], 42, '', 'x'.repeat(257)])
      await expectRefused(bearer(await hs256Token({ sub } as unknown as { sub: string })), 'invalid_token');
    const { status } = await update(bearer(await hs256Token({ sub: 'x'.repeat(256) })));
    expect(status).toBe(200);
  });

  it('enforces exp with 30 s of clock skew: 20 s past is accepted, 40 s past is refused', async () => {
    const { status } = await update(bearer(await hs256Token({ exp: seconds.now() - 20 })));
    expect(status).toBe(200);
    stack.emulator.resetCalls();
    await expectRefused(bearer(await hs256Token({ exp: seconds.now() - 40 })), 'invalid_token');
  });

  it('refuses a header that is not a Bearer token', async () => {
    await expectRefused({ authorization: `Basic ${Buffer.from('user:pass').toString('base64')}` }, 'invalid_token');
    await expectRefused({ authorization: 'Bearer not-a-jwt' }, 'invalid_token');
  });

  it('lets the router read `_service` without a token', async () => {
    const response = await stack.post({ query: '{ _service { sdl } }' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { _service: { sdl: string } } };
    expect(body.data._service.sdl).toContain('updateContact');
  });
});
