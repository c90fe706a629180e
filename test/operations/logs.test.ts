import { describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { createLogger } from '../../src/logger.ts';
import { updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

const lines: Record<string, unknown>[] = [];
const productionLogger = () =>
  createLogger({ env: 'production', destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
const stack = useStack({ client: { maxAttempts: 1 }, logger: productionLogger() });

describe('production logs', () => {
  it('are one JSON object per line with level, time and service', () => {
    productionLogger().info('hello');
    expect(lines.at(-1)).toMatchObject({
      level: 30,
      msg: 'hello',
      service: 'connect-contact-gateway',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('a masked Connect failure is logged once with its request id, code and cause, never contact data', async () => {
    lines.length = 0;
    stack.emulator.faults.add({ kind: 'reset', operation: 'UpdateContact', times: 1 });
    const secretName = 'Customer Jane Doe, card ending 4242';
    const result = await stack.execute(
      UpdateContactDocument,
      { input: updateInput({ name: secretName }) },
      { 'x-request-id': 'log-me-1' },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('CONNECT_UNAVAILABLE');
    const logged = lines.filter((l) => l.requestId === 'log-me-1');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      level: 40,
      code: 'CONNECT_UNAVAILABLE',
      path: ['updateContact'],
      cause: { code: 'ECONNRESET', attempts: 1 },
    });
    expect(JSON.stringify(lines)).not.toContain('Jane Doe');
  });
});
