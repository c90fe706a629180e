import { parse, buildSchema as schemaFromSdl, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/schema/index.ts';
import { ContactKeyFieldsRule } from '../support/contact-key-fields-rule.ts';
import { allOperations } from '../support/operation-documents.ts';

// Apollo Client's cache (keyFields ['instanceId', 'id']) throws on a contact selected without both,
// after Connect has applied the change; graphcache keeps a stale contact. This rule finds them.
const schema = buildSchema();
const messages = (source: string) => validate(schema, parse(source), [ContactKeyFieldsRule]).map((e) => e.message);

describe('every selection of Contact in operations/ selects instanceId and id', () => {
  it('holds for every document in operations/, which are valid against the schema', () => {
    expect(validate(schema, allOperations(), [...specifiedRules, ContactKeyFieldsRule])).toEqual([]);
  });
});

describe('ContactKeyFieldsRule', () => {
  it('passes both keys selected directly, through a fragment and through an inline fragment', () => {
    expect(
      messages(`
        query A { contact(instanceId: "i", contactId: "c") { ... on Contact { instanceId id } } }
        query B { contact(instanceId: "i", contactId: "c") { ...K } }
        query C { contact(instanceId: "i", contactId: "c") { ... on Contact { instanceId ... { id } } } }
        fragment K on Contact { instanceId id }`),
    ).toEqual([]);
  });

  it('catches a contact selected without instanceId in a mutation success', () => {
    expect(
      messages(
        'mutation($input: PauseContactInput!) { pauseContact(input: $input) { ... on PauseContactSuccess { contact { id } } } }',
      ),
    ).toEqual([
      'The Contact at mutation.pauseContact.contact selects no instanceId: select both instanceId and id, its cache key.',
    ]);
  });

  it('catches a union that may hold a Contact, whether its Contact branch lacks a key or is missing', () => {
    expect(messages('{ contact(instanceId: "i", contactId: "c") { ... on Contact { id name } } }')).toHaveLength(1);
    expect(messages('{ contact(instanceId: "i", contactId: "c") { __typename ... on Error { message } } }')[0]).toMatch(
      /selects no instanceId and no id/,
    );
  });

  it('catches a key missing inside a fragment, through a spread nested in another fragment', () => {
    expect(
      messages(`
        query { contact(instanceId: "i", contactId: "c") { ...Outer } }
        fragment Outer on ContactResult { ... on Contact { ...Inner } }
        fragment Inner on Contact { id name }`),
    ).toHaveLength(1);
  });

  it('catches an aliased key, which a cache does not find under its name', () => {
    expect(
      messages('{ contact(instanceId: "i", contactId: "c") { ... on Contact { instance: instanceId id } } }'),
    ).toHaveLength(1);
  });

  it('merges fields of one response key as execution does, and a fragment on another type does not count', () => {
    expect(
      messages(`
        mutation($input: TransferContactInput!) {
          transferContact(input: $input) { ... on TransferContactSuccess { contact { instanceId id } ... on TransferContactSuccess { contact { name } } } }
        }`),
    ).toEqual([]);
    expect(
      messages(`
        query { contact(instanceId: "i", contactId: "c") { ... on Contact { instanceId ... on Error { id: message } } } }`),
    ).toHaveLength(1);
  });

  it('catches contacts in lists, nested in other objects and behind an interface', () => {
    const sdl = schemaFromSdl(`
      interface Node { id: ID! }
      type Contact implements Node { instanceId: ID! id: ID! name: String }
      type Queue { contacts: [Contact!]! }
      type Query { queue: Queue node: Node }`);
    const errors = (source: string) => validate(sdl, parse(source), [ContactKeyFieldsRule]);
    expect(errors('{ queue { contacts { instanceId id } } node { ... on Contact { instanceId } id } }')).toEqual([]);
    expect(errors('{ queue { contacts { id name } } }').map((e) => e.message)).toEqual([
      'The Contact at query.queue.contacts selects no instanceId: select both instanceId and id, its cache key.',
    ]);
    expect(errors('{ node { id } }')).toHaveLength(1);
  });
});
