import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { INSTANCE_ID } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

// Every line the gateway writes, as written (production JSON, level debug so nothing is hidden).
const lines: string[] = [];
const logger = createLogger({
  env: 'production',
  level: 'debug',
  destination: { write: (line: string) => void lines.push(line) },
});
const stack = useStack({ logger });

const PHONE = '+1-555-867-5309';
// 300 KB of client text around a phone number, where a type name is expected.
const hugeTypename = `${'x'.repeat(150_000)} call ${PHONE} ${'y'.repeat(150_000)}`;
const LINE_BOUND = 4096;
const PHONE_DIGITS = PHONE.replace(/\D/g, '');

const ENTITIES = 'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Contact { id } } }';

function expectClean(secret: string): void {
  const written = lines.join('\n');
  expect(written).not.toContain(secret);
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(LINE_BOUND);
}

describe('client text never reaches the logs beyond a bounded size', () => {
  it('an `_entities` representation with a 300 KB `__typename` is masked and logged without it', async () => {
    lines.length = 0;
    const response = await stack.post({
      query: ENTITIES,
      variables: { r: [{ __typename: hugeTypename, instanceId: INSTANCE_ID, id: 'c' }] },
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(body)).not.toContain(PHONE);
    expectClean(PHONE);
    // Still diagnosable: the masked error's kind and where it was thrown, and the request's error line.
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const masked = parsed.find((line) => line.level === 50);
    expect(masked).toMatchObject({ err: { type: 'GraphQLError' }, msg: expect.stringMatching(/withheld/) });
    expect(JSON.stringify(masked)).toContain('entitiesResolver');
    expect(parsed).toContainEqual(
      expect.objectContaining({ level: 40, code: 'INTERNAL_SERVER_ERROR', path: ['_entities'] }),
    );
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('an alias of 300 KB ending in a phone number is cut to a bounded prefix in the error log', async () => {
    lines.length = 0;
    const alias = `a${'x'.repeat(300_000)}${PHONE.replace(/\D/g, '')}`;
    const response = await stack.post({
      query: `query E($r: [_Any!]!) { ${alias}: _entities(representations: $r) { ... on Contact { id } } }`,
      variables: { r: [{ __typename: 'NoSuchType' }] },
    });
    expect(response.status).toBe(200);
    expect(lines.length).toBeGreaterThan(0);
    expectClean(PHONE.replace(/\D/g, ''));
  });

  it.each([
    ['an operation name', { query: '{ __typename }', operationName: `Op${'x'.repeat(300_000)}${PHONE_DIGITS}` }],
    ['a field name', { query: `{ f${'x'.repeat(300_000)}${PHONE_DIGITS} }` }],
    ['a variable name', { query: `query($v${'x'.repeat(300_000)}${PHONE_DIGITS}: Int) { __typename }` }],
    [
      'a type name in a variable definition',
      { query: `query($v: T${'x'.repeat(300_000)}${PHONE_DIGITS}) { __typename }` },
    ],
  ])('%s of 300 KB ending in a phone number leaves no trace in the logs', async (_what, body) => {
    lines.length = 0;
    const response = await stack.post(body);
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(lines.length).toBeGreaterThan(0);
    expectClean(PHONE_DIGITS);
  });

  it('an error logged directly (as yoga and the process handlers do) keeps neither message nor stack header', () => {
    lines.length = 0;
    const error = new TypeError(`Cannot read ${hugeTypename}\n    at fake (${PHONE})`);
    logger.error(error);
    logger.error({ err: new Error(hugeTypename, { cause: error }) });
    expectClean(PHONE);
    const [first, second] = lines.map((line) => JSON.parse(line) as { msg: string; err: Record<string, unknown> });
    // The real frames only: the message's fake one is part of the header that is dropped.
    expect(first?.err).toEqual({ type: 'TypeError', frames: expect.any(Array) });
    expect(JSON.stringify(first?.err)).not.toContain('fake');
    expect(second?.err).toMatchObject({ type: 'Error', frames: expect.any(Array), cause: { type: 'TypeError' } });
    expect(first?.msg).toMatch(/withheld/);
  });
});
