import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('subscription caps in the configuration', () => {
  it('default to one stream per connection, 20 per subject, 64 waiting events, a replay of 300 s and at most 10,000 events', () => {
    expect(loadConfig({}).subscriptions).toEqual({
      maxPerConnection: 1,
      maxPerSubject: 20,
      bufferEvents: 64,
      replaySeconds: 300,
      replayMaxEvents: 10_000,
    });
  });

  it('are read from the environment', () => {
    const env = {
      SUBSCRIPTIONS_MAX_PER_CONNECTION: '2',
      SUBSCRIPTIONS_MAX_PER_SUBJECT: '500',
      SUBSCRIPTIONS_BUFFER_EVENTS: '8',
      SUBSCRIPTIONS_REPLAY_SECONDS: '0',
      SUBSCRIPTIONS_REPLAY_MAX_EVENTS: '1000000',
    };
    expect(loadConfig(env).subscriptions).toEqual({
      maxPerConnection: 2,
      maxPerSubject: 500,
      bufferEvents: 8,
      replaySeconds: 0,
      replayMaxEvents: 1_000_000,
    });
  });

  it('bound the replay: 0 to 86,400 seconds, 1 to 1,000,000 events', () => {
    const names = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).message
          .split('\n')
          .map((line) => /^invalid configuration: (\w+) /.exec(line)?.[1]);
      }
    };
    expect(names({ SUBSCRIPTIONS_REPLAY_SECONDS: '86400', SUBSCRIPTIONS_REPLAY_MAX_EVENTS: '1' })).toEqual([]);
    expect(names({ SUBSCRIPTIONS_REPLAY_SECONDS: '86401', SUBSCRIPTIONS_REPLAY_MAX_EVENTS: '0' })).toEqual([
      'SUBSCRIPTIONS_REPLAY_SECONDS',
      'SUBSCRIPTIONS_REPLAY_MAX_EVENTS',
    ]);
    expect(names({ SUBSCRIPTIONS_REPLAY_SECONDS: '-1', SUBSCRIPTIONS_REPLAY_MAX_EVENTS: '1000001' })).toEqual([
      'SUBSCRIPTIONS_REPLAY_SECONDS',
      'SUBSCRIPTIONS_REPLAY_MAX_EVENTS',
    ]);
  });

  it('refuse values that are not positive integers within bounds, each named on its own line', () => {
    const env = {
      SUBSCRIPTIONS_MAX_PER_CONNECTION: '0',
      SUBSCRIPTIONS_MAX_PER_SUBJECT: 'many',
      SUBSCRIPTIONS_BUFFER_EVENTS: '1.5',
    };
    let message = '';
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as ConfigError).message;
    }
    expect(message.split('\n').map((line) => /^invalid configuration: (\w+) /.exec(line)?.[1])).toEqual([
      'SUBSCRIPTIONS_MAX_PER_CONNECTION',
      'SUBSCRIPTIONS_MAX_PER_SUBJECT',
      'SUBSCRIPTIONS_BUFFER_EVENTS',
    ]);
  });
});
