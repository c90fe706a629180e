import { Writable } from 'node:stream';
import { pino } from 'pino';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { bearer, HS256_ENV, hs256Token, SECRET } from '../support/tokens.ts';

const lines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(
      ...chunk
        .toString('utf8')
        .split('\n')
        .filter((line) => line.length > 0),
    );
    done();
  },
});

const NAME = 'Very private customer name';
const DESCRIPTION = 'Card ending 4242, refund of 99.95';
const REFERENCE = 'https://tickets.example.com/SECRET-TICKET-77';

// debug: every line the gateway writes, including refused tokens, is checked for leaks.
const stack = useStack({
  env: { ...HS256_ENV, CONNECT_INSTANCE_IDS: INSTANCE_ID },
  logger: pino({ level: 'debug' }, sink),
});
let token: string;
beforeAll(async () => {
  token = await hs256Token({ sub: 'agent-42' });
});
beforeEach(() => {
  lines.length = 0;
});

const audits = () =>
  lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.audit === 'updateContact');

describe('audit log', () => {
  it('writes one line per updateContact: subject, instance, contact, field names, result, request id, duration', async () => {
    const input = updateInput({
      name: NAME,
      description: DESCRIPTION,
      references: [{ key: 'ticket', type: 'URL', value: REFERENCE }],
    });
    const { data } = await stack.execute(UpdateContactDocument, { input }, bearer(token));
    expect(data?.updateContact.__typename).toBe('UpdateContactSuccess');
    const [entry, ...rest] = audits();
    expect(rest).toHaveLength(0);
    expect(entry).toMatchObject({
      subject: 'agent-42',
      instanceId: INSTANCE_ID,
      contactId: ONGOING_CONTACT_ID,
      fields: ['name', 'description', 'references'],
      result: 'UpdateContactSuccess',
      requestId: data?.updateContact.__typename === 'UpdateContactSuccess' ? data.updateContact.requestId : 'missing',
    });
    expect(entry?.durationMs).toBeTypeOf('number');
  });

  it('records refusals too, with the result type and a null request id', async () => {
    await stack.execute(
      UpdateContactDocument,
      { input: updateInput({ instanceId: 'other-instance', name: NAME }) },
      bearer(token),
    );
    expect(audits()).toEqual([
      expect.objectContaining({ result: 'AccessDeniedError', requestId: null, fields: ['name'] }),
    ]);
  });

  it('never writes tokens, secrets or contact values, whatever happens', async () => {
    const input = updateInput({
      name: NAME,
      description: DESCRIPTION,
      references: [{ key: 'ticket', type: 'URL', value: REFERENCE }],
    });
    await stack.execute(UpdateContactDocument, { input }, bearer(token));
    await stack.execute(UpdateContactDocument, { input }, bearer(`${token}tampered`));
    await stack.execute(UpdateContactDocument, { input }, bearer(await hs256Token({ scope: 'contacts:read' })));
    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const secret of [token, token.split('.')[2] ?? token, SECRET, NAME, DESCRIPTION, REFERENCE])
      expect(all).not.toContain(secret);
  });
});
