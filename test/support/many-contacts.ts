import { INSTANCE_ID } from './fixtures.ts';
import type { Stack } from './stack.ts';

/** Adds `count` contacts named "Contact <i>" to the stack's emulator and returns their ids. */
export function addContacts(stack: Stack, count: number, prefix = 'bulk'): string[] {
  return Array.from({ length: count }, (_, i) => {
    const contactId = `${prefix}-${String(i).padStart(4, '0')}`;
    stack.emulator.store.addContact({ instanceId: INSTANCE_ID, contactId, contact: { Name: `Contact ${i}` } });
    return contactId;
  });
}

interface AliasResult {
  __typename: string;
  id?: string;
  name?: string | null;
  message?: string;
}

/**
 * One request reading every id through an aliased `Query.contact` field (c0, c1, ...), so all
 * the reads reach the request's loader together. The gateway allows at most 15 aliases.
 */
export async function readMany(stack: Stack, contactIds: readonly string[]): Promise<AliasResult[]> {
  const fields = contactIds.map(
    (_, i) =>
      `c${i}: contact(instanceId: $instanceId, contactId: $id${i}) { __typename ... on Contact { id name } ... on Error { message } }`,
  );
  const variables = Object.fromEntries(contactIds.map((id, i) => [`id${i}`, id]));
  const query = `query Many($instanceId: ID!, ${contactIds.map((_, i) => `$id${i}: ID!`).join(', ')}) { ${fields.join('\n')} }`;
  const response = await stack.post({ query, variables: { instanceId: INSTANCE_ID, ...variables } });
  const body = (await response.json()) as { data?: Record<string, AliasResult>; errors?: unknown[] };
  if (body.errors !== undefined || body.data === undefined) throw new Error(JSON.stringify(body.errors));
  return contactIds.map((_, i) => body.data![`c${i}`]!);
}

export interface EntitiesResponse {
  data?: { _entities: ({ id: string; name: string | null } | null)[] };
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** One `_entities` request for Contact representations, as a federation router sends it. */
export async function readEntities(stack: Stack, contactIds: readonly string[]): Promise<EntitiesResponse> {
  const query =
    'query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on Contact { id name } } }';
  const representations = contactIds.map((id) => ({ __typename: 'Contact', instanceId: INSTANCE_ID, id }));
  const response = await stack.post({ query, variables: { representations } });
  return (await response.json()) as EntitiesResponse;
}
