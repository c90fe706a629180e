import { createHmac } from 'node:crypto';
import { type CryptoKey, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { AUDIENCE, bearer, defaultClaims, ISSUER } from '../support/tokens.ts';
import { type JwksServer, startJwksServer } from './support/jwks-server.ts';

let issuer: JwksServer;
beforeAll(async () => {
  issuer = await startJwksServer();
});
afterAll(() => issuer.close());
const stack = useStack(() => ({ env: { AUTH_JWKS_URL: issuer.url, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE } }));

const sign = (alg: string, kid: string, key: CryptoKey, claims = {}) =>
  new SignJWT({ ...defaultClaims(), ...claims }).setProtectedHeader({ alg, kid }).sign(key);

const update = (token: string) =>
  stack.execute(UpdateContactDocument, { input: updateInput({ name: 'n' }) }, bearer(token));

describe('JWKS bearer tokens (AUTH_JWKS_URL)', () => {
  it('accepts RS256 and ES256 tokens signed by the issuer’s keys', async () => {
    for (const token of [
      await sign('RS256', 'rsa-1', issuer.rsa.privateKey),
      await sign('ES256', 'ec-1', issuer.ec.privateKey),
    ]) {
      const { status, data } = await update(token);
      expect(status).toBe(200);
      expect(data?.updateContact.__typename).toBe('UpdateContactSuccess');
    }
    expect(stack.connectCalls('UpdateContact')).toHaveLength(2);
  });

  it('refuses an HS256 token whose HMAC key is the issuer’s public key (algorithm confusion)', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const signingInput = `${encode({ alg: 'HS256', kid: 'rsa-1' })}.${encode({ ...defaultClaims(), scope: 'contacts:write' })}`;
    const publicKeyBytes = JSON.stringify(issuer.rsa.publicJwk);
    const signature = createHmac('sha256', publicKeyBytes).update(signingInput).digest('base64url');
    const { status, errors } = await update(`${signingInput}.${signature}`);
    expect(status).toBe(401);
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('refuses a token for another audience, and one signed by a key not in the JWKS', async () => {
    const wrongAudience = await sign('RS256', 'rsa-1', issuer.rsa.privateKey, { aud: 'another-api' });
    expect((await update(wrongAudience)).status).toBe(401);
    const stranger = await startJwksServer();
    const foreign = await sign('RS256', 'rsa-1', stranger.rsa.privateKey);
    await stranger.close();
    expect((await update(foreign)).status).toBe(401);
    expect(stack.connectCalls()).toHaveLength(0);
  });
});
