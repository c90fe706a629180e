import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const load = (env: Record<string, string>) => loadConfig({ NODE_ENV: 'test', ...env });

describe('upstream and observability configuration', () => {
  it('defaults: 2 s connect, 5 s per attempt, 64 sockets, 10 s deadline, metrics on, tracing off', () => {
    const config = load({});
    expect(config.connect).toMatchObject({ connectionTimeoutMs: 2_000, requestTimeoutMs: 5_000, maxSockets: 64 });
    expect(config.deadlineMs).toBe(10_000);
    expect(config.observability).toEqual({
      logLevel: undefined,
      metrics: true,
      metricsPort: 9464,
      metricsHost: '0.0.0.0',
      metricsToken: undefined,
      tracing: false,
    });
  });

  it.each([
    ['CONNECT_CONNECT_TIMEOUT_MS', '1', '60000', '0', '60001'],
    ['CONNECT_REQUEST_TIMEOUT_MS', '1', '300000', '0', '300001'],
    ['CONNECT_MAX_SOCKETS', '1', '10000', '0', '10001'],
    ['GRAPHQL_DEADLINE_MS', '0', '600000', '-1', '600001'],
  ])('%s accepts %s and %s, refuses %s and %s naming the variable', (name, low, high, below, above) => {
    expect(() => load({ [name]: low })).not.toThrow();
    expect(() => load({ [name]: high })).not.toThrow();
    for (const bad of [below, above, 'soon']) {
      expect(() => load({ [name]: bad })).toThrow(ConfigError);
      expect(() => load({ [name]: bad })).toThrow(new RegExp(`^invalid configuration: ${name}`, 'm'));
    }
  });

  it('switches and log level', () => {
    expect(load({ METRICS_ENABLED: 'false', TRACING_ENABLED: 'true', LOG_LEVEL: 'debug' }).observability).toMatchObject(
      {
        logLevel: 'debug',
        metrics: false,
        tracing: true,
      },
    );
    expect(() => load({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
    expect(() => load({ METRICS_ENABLED: 'yes' })).toThrow(/METRICS_ENABLED/);
  });
});
