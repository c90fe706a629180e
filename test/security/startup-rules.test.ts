import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { createConnectClient } from '../../src/connect/client.ts';
import { createGateway } from '../../src/gateway.ts';
import { AUDIENCE, ISSUER, SECRET } from '../support/tokens.ts';

const problems = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
};

/** The warnings createGateway logs for this environment. */
async function startupWarnings(env: Record<string, string>): Promise<string[]> {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const connect = createConnectClient({ endpoint: 'http://127.0.0.1:9', staticCredentials: true });
  const gateway = createGateway(loadConfig(env), { connect, logger: pino({ level: 'warn' }, sink) });
  await gateway.dispose();
  connect.destroy();
  return lines.map((line) => String((JSON.parse(line) as { msg: string }).msg));
}

describe('start-up rules for authentication', () => {
  it('refuses production without authentication unless AUTH_DISABLED=true', () => {
    expect(problems({ NODE_ENV: 'production', CONNECT_BACKEND: 'emulator' })).toMatch(
      /AUTH_JWT_SECRET or AUTH_JWKS_URL is required when NODE_ENV=production/,
    );
    expect(problems({ NODE_ENV: 'production', CONNECT_BACKEND: 'emulator', AUTH_DISABLED: 'true' })).toBe('');
    expect(problems({ NODE_ENV: 'production', CONNECT_BACKEND: 'emulator', AUTH_JWT_SECRET: SECRET })).toBe('');
  });

  it('requires AUTH_ISSUER and AUTH_AUDIENCE with AUTH_JWKS_URL', () => {
    const jwks = { AUTH_JWKS_URL: 'https://issuer.test/jwks.json' };
    expect(problems(jwks)).toMatch(/AUTH_ISSUER and AUTH_AUDIENCE are required/);
    expect(problems({ ...jwks, AUTH_ISSUER: ISSUER })).toMatch(/AUTH_AUDIENCE/);
    expect(problems({ ...jwks, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE })).toBe('');
  });

  it('refuses AUTH_DISABLED=true together with a verifier', () => {
    expect(problems({ AUTH_DISABLED: 'true', AUTH_JWT_SECRET: SECRET })).toMatch(/AUTH_DISABLED=true contradicts/);
  });

  it('in development with nothing configured runs without authentication, and says so loudly', async () => {
    const config = loadConfig({});
    expect(config.auth).toEqual({ mode: 'disabled', explicit: false });
    expect(await startupWarnings({})).toEqual([expect.stringMatching(/^AUTHENTICATION IS OFF/)]);
  });

  it('warns differently when authentication is disabled on purpose', async () => {
    expect(await startupWarnings({ AUTH_DISABLED: 'true' })).toEqual([expect.stringMatching(/AUTH_DISABLED=true/)]);
    expect(
      await startupWarnings({ AUTH_JWT_SECRET: SECRET, AUTH_ISSUER: 'https://issuer.test/', AUTH_AUDIENCE: 'gw' }),
    ).toEqual([]);
  });

  it('warns that iss/aud go unchecked with AUTH_JWT_SECRET alone, or with only one of them', async () => {
    const warnings = (env: Record<string, string>) => startupWarnings({ AUTH_JWT_SECRET: SECRET, ...env });
    expect(await warnings({})).toEqual([
      'AUTH_JWT_SECRET without AUTH_ISSUER (iss) and AUTH_AUDIENCE (aud): that claim is not checked',
    ]);
    expect(await warnings({ AUTH_ISSUER: 'https://issuer.test/' })).toEqual([
      'AUTH_JWT_SECRET without AUTH_AUDIENCE (aud): that claim is not checked',
    ]);
    expect(await warnings({ AUTH_AUDIENCE: 'gw' })).toEqual([
      'AUTH_JWT_SECRET without AUTH_ISSUER (iss): that claim is not checked',
    ]);
  });
});

describe('security defaults', () => {
  it('development: introspection and GraphiQL on; production: off; both: no CORS, any document, 1 MiB bodies', () => {
    const development = loadConfig({}).security;
    const production = loadConfig({ NODE_ENV: 'production', CONNECT_BACKEND: 'aws', AUTH_JWT_SECRET: SECRET }).security;
    expect(development).toMatchObject({ introspection: true, graphiql: true });
    expect(production).toMatchObject({ introspection: false, graphiql: false });
    for (const security of [development, production])
      expect(security).toMatchObject({
        corsOrigins: [],
        persistedOperations: 'allow',
        maxRequestBodyBytes: 1048576,
        routerSecret: undefined,
      });
  });

  it('refuses a short ROUTER_SECRET', () => {
    expect(problems({ ROUTER_SECRET: 'short' })).toMatch(/ROUTER_SECRET/);
    expect(problems({ ROUTER_SECRET: 'x'.repeat(32) })).toBe('');
  });
});
