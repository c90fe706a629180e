import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('subscription caps in the configuration', () => {
  it('default to one stream per connection, 20 per subject, 64 waiting events', () => {
    expect(loadConfig({}).subscriptions).toEqual({ maxPerConnection: 1, maxPerSubject: 20, bufferEvents: 64 });
  });

  it('are read from the environment', () => {
    const env = {
      SUBSCRIPTIONS_MAX_PER_CONNECTION: '2',
      SUBSCRIPTIONS_MAX_PER_SUBJECT: '500',
      SUBSCRIPTIONS_BUFFER_EVENTS: '8',
    };
    expect(loadConfig(env).subscriptions).toEqual({ maxPerConnection: 2, maxPerSubject: 500, bufferEvents: 8 });
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
