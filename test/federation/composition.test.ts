import { composeServices } from '@apollo/composition';
import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CONTACTS_SDL, composeSupergraph } from './support/supergraph.ts';
import { TICKET_TYPE_DEFS } from './support/ticket-subgraph.ts';

const URLS = { contacts: 'http://contacts.internal/graphql', tickets: 'http://tickets.internal/graphql' };
const codes = (errors: readonly { extensions: Record<string, unknown> }[] | undefined) =>
  (errors ?? []).map((e) => e.extensions.code);
// Composition takes a few hundred milliseconds; the first tests share one result.
const composed = composeSupergraph(URLS);

describe('composition of schema.graphql with another subgraph', () => {
  it('composes without errors or hints', () => {
    const result = composed;
    expect(result.errors).toBeUndefined();
    expect(result.hints?.map((h) => h.message)).toEqual([]);
  });

  it('joins Contact by its key: resolvable in contacts, a reference only in tickets', () => {
    const { supergraphSdl } = composed;
    expect(supergraphSdl).toMatch(/type Contact\s[^{]*@join__type\(graph: CONTACTS, key: "instanceId id"\)/);
    expect(supergraphSdl).toMatch(
      /type Contact\s[^{]*@join__type\(graph: TICKETS, key: "instanceId id", resolvable: false\)/,
    );
    expect(supergraphSdl).toContain(`@join__graph(name: "contacts", url: "${URLS.contacts}")`);
  });

  it('merges the Error interface and the AccessDeniedError both subgraphs define', () => {
    const { supergraphSdl } = composed;
    expect(supergraphSdl).toMatch(/interface Error\s+@join__type\(graph: CONTACTS\)\s+@join__type\(graph: TICKETS\)/);
    expect(supergraphSdl).toMatch(
      /type AccessDeniedError implements Error\s+@join__implements\(graph: CONTACTS, interface: "Error"\)\s+@join__implements\(graph: TICKETS, interface: "Error"\)/,
    );
  });

  // The @shareable decision of docs/federation.md, on both sides.
  it('would fail if our AccessDeniedError were not @shareable', () => {
    const withoutShareable = CONTACTS_SDL.replace(/(type AccessDeniedError implements Error)\s+@shareable/, '$1');
    expect(withoutShareable).not.toBe(CONTACTS_SDL);
    const result = composeServices([
      { name: 'contacts', typeDefs: parse(withoutShareable), url: URLS.contacts },
      { name: 'tickets', typeDefs: TICKET_TYPE_DEFS, url: URLS.tickets },
    ]);
    expect(codes(result.errors)).toContain('INVALID_FIELD_SHARING');
  });

  it('needs a shared error type to carry the same fields in both subgraphs', () => {
    const ticketsWithoutRequestId = print(TICKET_TYPE_DEFS).replace(/\n\s*requestId: String\n/, '\n');
    expect(ticketsWithoutRequestId).not.toBe(print(TICKET_TYPE_DEFS));
    const result = composeServices([
      { name: 'contacts', typeDefs: parse(CONTACTS_SDL), url: URLS.contacts },
      { name: 'tickets', typeDefs: parse(ticketsWithoutRequestId), url: URLS.tickets },
    ]);
    expect(codes(result.errors)).toContain('SATISFIABILITY_ERROR');
  });
});
