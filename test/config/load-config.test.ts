import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const fails = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected loadConfig to fail');
};

describe('loadConfig', () => {
  it('defaults to port 4000 on 0.0.0.0 against the emulator with every instance allowed', () => {
    const config = loadConfig({});
    expect(config.http).toMatchObject({ port: 4000, host: '0.0.0.0' });
    expect(config.connect.backend).toBe('emulator');
    expect(config.connect.allowedInstanceIds).toBeUndefined();
  });

  it('parses the instance allow-list', () => {
    const config = loadConfig({ CONNECT_INSTANCE_IDS: ' a, b ,,c' });
    expect([...(config.connect.allowedInstanceIds ?? [])]).toEqual(['a', 'b', 'c']);
  });

  it('refuses production without CONNECT_BACKEND, naming the variable', () => {
    expect(fails({ NODE_ENV: 'production' })).toMatch(/^invalid configuration: CONNECT_BACKEND /);
  });

  it('refuses the aws backend without authentication unless AUTH_DISABLED=true', () => {
    expect(fails({ CONNECT_BACKEND: 'aws' })).toMatch(/AUTH_JWT_SECRET/);
    expect(loadConfig({ CONNECT_BACKEND: 'aws', AUTH_DISABLED: 'true' }).auth.mode).toBe('disabled');
    expect(loadConfig({ CONNECT_BACKEND: 'aws', AUTH_JWT_SECRET: 'x'.repeat(32) }).auth.mode).toBe('secret');
  });

  it('reports every bad variable at once, one line each', () => {
    const message = fails({
      PORT: 'eighty',
      NODE_ENV: 'production',
      AUTH_JWKS_URL: 'not a url',
      AUTH_ISSUER: 'https://issuer.example/',
      AUTH_AUDIENCE: 'gateway',
    });
    expect(message.split('\n')).toHaveLength(3);
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/AUTH_JWKS_URL/);
    expect(message).toMatch(/CONNECT_BACKEND/);
  });

  it('reads MAX_ENTITY_REPRESENTATIONS: 100 by default, 1 to 10,000, anything else refused naming it', () => {
    expect(loadConfig({}).security.maxEntityRepresentations).toBe(100);
    expect(loadConfig({ MAX_ENTITY_REPRESENTATIONS: '1' }).security.maxEntityRepresentations).toBe(1);
    expect(loadConfig({ MAX_ENTITY_REPRESENTATIONS: '10000' }).security.maxEntityRepresentations).toBe(10_000);
    for (const bad of ['0', '10001', 'many', '2.5'])
      expect(fails({ MAX_ENTITY_REPRESENTATIONS: bad })).toMatch(/^invalid configuration: MAX_ENTITY_REPRESENTATIONS /);
  });
});
