import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactChangedDocument, UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { bearer, HS256_ENV, hs256Token, seconds } from '../support/tokens.ts';
import { type SseEvent, type SseStream, subscribe } from './support/sse.ts';

// Allowed by the gateway's list, but not in the emulator: enough to be refused by a token's claim.
const OTHER_INSTANCE_ID = '99999999-2222-4333-8444-555555555555';
const UNLISTED_INSTANCE_ID = '00000000-2222-4333-8444-555555555555';

let stack: Stack;
const open: SseStream<unknown>[] = [];
beforeAll(async () => {
  stack = await startStack({ env: { ...HS256_ENV, CONNECT_INSTANCE_IDS: `${INSTANCE_ID},${OTHER_INSTANCE_ID}` } });
});
afterAll(async () => {
  for (const stream of open) stream.close();
  await stack.close();
});

async function watch(headers: Record<string, string>, instanceId = INSTANCE_ID) {
  const stream = await subscribe(stack.url, ContactChangedDocument, { instanceId }, headers);
  open.push(stream);
  return stream;
}

const codeOf = (event: SseEvent) => (event.event === 'next' ? event.data.errors?.[0]?.extensions?.code : 'complete');

/** A refused subscription: one event with the error, no data, then complete. */
async function refusal(stream: SseStream<unknown>) {
  const first = await stream.next();
  expect(first.event).toBe('next');
  if (first.event !== 'next') return {};
  expect(first.data.data ?? null).toBeNull();
  expect(await stream.next()).toEqual({ event: 'complete' });
  return { code: codeOf(first), message: first.data.errors?.[0]?.message };
}

const writer = async () => bearer(await hs256Token({ sub: 'writer' }));

describe('who may subscribe: the rules of reads', () => {
  it('a request without a token is refused UNAUTHENTICATED', async () => {
    expect((await refusal(await watch({}))).code).toBe('UNAUTHENTICATED');
  });

  it('a token without contacts:read is refused FORBIDDEN', async () => {
    const token = await hs256Token({ scope: 'contacts:write' });
    expect((await refusal(await watch(bearer(token)))).code).toBe('FORBIDDEN');
  });

  it('an instance outside CONNECT_INSTANCE_IDS is refused FORBIDDEN, without saying which list refused it', async () => {
    const { code, message } = await refusal(await watch(bearer(await hs256Token()), UNLISTED_INSTANCE_ID));
    expect(code).toBe('FORBIDDEN');
    expect(message).toBe(`Access to Connect instance ${UNLISTED_INSTANCE_ID} is not allowed for this caller.`);
  });

  it("an instance outside the token's connect_instances claim is refused FORBIDDEN", async () => {
    const token = await hs256Token({ connect_instances: [INSTANCE_ID] });
    expect((await refusal(await watch(bearer(token), OTHER_INSTANCE_ID))).code).toBe('FORBIDDEN');
    // The same token may watch the instance its claim names.
    const allowed = await watch(bearer(token));
    await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'claimed' }) }, await writer());
    const event = await allowed.next();
    expect(event.event === 'next' && event.data.data).toMatchObject({
      contactChanged: { contactId: ONGOING_CONTACT_ID },
    });
  });

  it('ids past their limits are refused BAD_USER_INPUT', async () => {
    expect((await refusal(await watch(bearer(await hs256Token()), 'i'.repeat(101)))).code).toBe('BAD_USER_INPUT');
  });
});

describe('a stream lives as long as its token', () => {
  it('delivers while the token is valid, then ends with TOKEN_EXPIRED at its exp', async () => {
    const token = await hs256Token({ sub: 'short-lived', exp: seconds.now() + 2 });
    const stream = await watch(bearer(token));
    await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'before expiry' }) }, await writer());
    const change = await stream.next();
    expect(change.event === 'next' && change.data.errors).toBeUndefined();
    const last = await stream.next(4_000);
    expect(codeOf(last)).toBe('TOKEN_EXPIRED');
    expect(last.event === 'next' && last.data.errors?.[0]?.message).toBe(
      'The bearer token expired; subscribe again with a fresh token.',
    );
    expect(await stream.next()).toEqual({ event: 'complete' });
  });

  it('a token past its exp (within the 30 s clock skew) gets its stream ended at once', async () => {
    const token = await hs256Token({ sub: 'just-expired', exp: seconds.now() - 5 });
    const stream = await watch(bearer(token));
    expect(codeOf(await stream.next())).toBe('TOKEN_EXPIRED');
    expect(await stream.next()).toEqual({ event: 'complete' });
  });
});
