import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApolloClient } from '../../operations/examples/apollo-client.ts';
import { ContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

// The README's example, run as a newcomer would against the seeded emulator: its operation and
// variables must give the answer it shows, and a client cache must be able to store it.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Example'), readme.indexOf('\n## ', readme.indexOf('## Example') + 1));
const FENCE = '```';
const blocks = (language: string) =>
  [...section.matchAll(new RegExp(`${FENCE}${language}\\n([\\s\\S]*?)${FENCE}`, 'g'))].map((m) => m[1] ?? '');

const [operation = ''] = blocks('graphql');
const [variablesJson = '{}', answerJson = '{}'] = blocks('json');
const variables = JSON.parse(variablesJson) as Record<string, unknown>;

/** The README's answer, with the values that differ on every run (ids, clock) left open. */
function expectedAnswer(): Record<string, unknown> {
  const answer = JSON.parse(answerJson) as {
    data: { updateContact: Record<string, unknown> & { contact: Record<string, unknown> } };
  };
  const result = answer.data.updateContact;
  return {
    data: {
      updateContact: {
        ...result,
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        contact: { ...result.contact, lastUpdateTimestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      },
    },
  };
}

const stack = useStack();
// Both tests rename the seeded contact the README shows: each starts from the seed.
beforeEach(() => stack.emulator.resetStore());

describe('README example', () => {
  it('answers exactly what the README shows (the seeded contact, as the emulator really returns it)', async () => {
    const response = await stack.post({ query: operation, variables });
    expect(await response.json()).toEqual(expectedAnswer());
  });

  it('can be sent by Apollo Client with the documented cache, which then shows the new name everywhere', async () => {
    const client = createApolloClient(stack.url);
    const contact = { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID };
    await client.query({ query: ContactDocument, variables: contact });

    const { data } = await client.mutate({ mutation: parse(operation), variables });
    expect({ data }).toMatchObject(expectedAnswer());

    const cached = await client.query({ query: ContactDocument, variables: contact, fetchPolicy: 'cache-only' });
    expect(cached.data?.contact).toMatchObject({ name: (variables.input as { name: string }).name });
  });
});
