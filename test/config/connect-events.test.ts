import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

const problemLines = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message.split('\n');
  }
};

describe('CONNECT_EVENTS_QUEUE_URL', () => {
  it('unset: no consumer', () => {
    expect(loadConfig({}).connectEvents).toBeUndefined();
  });

  it('an SQS queue URL (https, or http for an emulator) is read as it is', () => {
    for (const queueUrl of [
      'https://sqs.eu-central-1.amazonaws.com/111122223333/connect-contact-events',
      'http://127.0.0.1:4010/123456789012/connect-contact-events',
    ])
      expect(loadConfig({ CONNECT_EVENTS_QUEUE_URL: queueUrl }).connectEvents).toEqual({ queueUrl });
  });

  it('anything else stops start-up with one line naming the variable', () => {
    for (const value of ['connect-contact-events', 'sqs://queue', 'ftp://host/queue'])
      expect(
        problemLines({ CONNECT_EVENTS_QUEUE_URL: value }).map(
          (line) => /^invalid configuration: (\w+) /.exec(line)?.[1],
        ),
      ).toEqual(['CONNECT_EVENTS_QUEUE_URL']);
  });
});
