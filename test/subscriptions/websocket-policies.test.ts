import { afterEach, describe, expect, it } from 'vitest';
import { ContactChangedDocument, UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { bearer, hs256Token, PRODUCTION_ENV } from '../support/tokens.ts';
import { codesOf, connectWs, subscribeWs, type WsConnection } from './support/websocket.ts';

// The hash codegen wrote for ContactChanged (operations/generated/persisted-documents.json).
const hashOf = (document: object) => (document as { __meta__: { hash: string } }).__meta__.hash;
const CONTACT_CHANGED_HASH = hashOf(ContactChangedDocument);
const persisted = (hash: string) => ({ query: '', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

const open: WsConnection[] = [];
afterEach(async () => {
  for (const connection of open.splice(0)) await connection.dispose();
});

async function client(wsUrl: string) {
  const connection = connectWs(wsUrl, { authorization: `Bearer ${await hs256Token()}` });
  open.push(connection);
  return connection.client;
}

describe('PERSISTED_OPERATIONS=only over WebSocket, in production (introspection off)', () => {
  const stack = useStack({ env: { ...PRODUCTION_ENV, PERSISTED_OPERATIONS: 'only' } });

  it('refuses a document sent as text: BAD_REQUEST, as over HTTP', async () => {
    const ws = await client(stack.wsUrl);
    const refused = subscribeWs(ws, ContactChangedDocument, { instanceId: INSTANCE_ID });
    const event = await refused.next();
    expect(event.kind).toBe('error');
    expect(codesOf(event)).toEqual(['BAD_REQUEST']);
  });

  it('runs the persisted operation named by its sha256 hash, and ignores a query text beside the hash', async () => {
    const ws = await client(stack.wsUrl);
    const changes = subscribeWs(ws, '', { instanceId: INSTANCE_ID }, persisted(CONTACT_CHANGED_HASH));
    expect(await changes.during(200)).toEqual([]);
    const update = await stack.post(
      { variables: { input: updateInput({ name: 'persisted' }) }, ...persisted(hashOf(UpdateContactDocument)) },
      bearer(await hs256Token()),
    );
    expect(await update.json()).toMatchObject({ data: { updateContact: { __typename: 'UpdateContactSuccess' } } });
    const event = await changes.next();
    expect(event.kind === 'next' && event.data.data).toMatchObject({ contactChanged: { operation: 'updateContact' } });
    // A known hash with another text runs the stored document, never the text.
    const other = subscribeWs(
      await client(stack.wsUrl),
      'subscription { __typename }',
      { instanceId: INSTANCE_ID },
      {
        extensions: persisted(CONTACT_CHANGED_HASH).extensions,
      },
    );
    expect(await other.during(200)).toEqual([]);
    await stack.post(
      { variables: { input: updateInput({ name: 'persisted again' }) }, ...persisted(hashOf(UpdateContactDocument)) },
      bearer(await hs256Token()),
    );
    const again = await other.next();
    expect(again.kind === 'next' && again.data.data).toMatchObject({ contactChanged: { operation: 'updateContact' } });
  });

  it('an unknown hash is refused PERSISTED_QUERY_NOT_FOUND', async () => {
    const ws = await client(stack.wsUrl);
    const refused = subscribeWs(ws, '', { instanceId: INSTANCE_ID }, persisted('0'.repeat(64)));
    expect(codesOf(await refused.next())).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});

describe('introspection policy over WebSocket (production: off)', () => {
  const stack = useStack({ env: PRODUCTION_ENV });

  it('a subscription selecting __schema or __type is refused at validation, and suggestions are hidden', async () => {
    const ws = await client(stack.wsUrl);
    const schema = subscribeWs(ws, 'subscription { __schema { types { name } } }', {});
    const event = await schema.next();
    expect(event.kind).toBe('error');
    expect(JSON.stringify(event)).toContain('introspection');
    const typo = subscribeWs(ws, `subscription { contactChange(instanceId: "${INSTANCE_ID}") { operation } }`, {});
    const typoEvent = await typo.next();
    expect(typoEvent.kind).toBe('error');
    expect(JSON.stringify(typoEvent)).not.toContain('Did you mean');
  });

  it('the same document over HTTP is refused too (the rule WebSocket shares)', async () => {
    const response = await stack.post({ query: '{ __schema { types { name } } }' }, bearer(await hs256Token()));
    expect(JSON.stringify(await response.json())).toContain('introspection');
  });
});
