import { readFileSync } from 'node:fs';
import type { GraphiQLOptions } from 'graphql-yoga';

/** A seeded emulator contact, so the example runs as it stands on `npm start`. */
export const EXAMPLE_VARIABLES = {
  input: {
    instanceId: '11111111-2222-4333-8444-555555555555',
    contactId: 'c0ffee00-0000-4000-8000-000000000001',
    name: 'Billing question — refund approved',
    description: 'Customer asked about a double charge; refund issued.',
    references: [{ key: 'ticket', type: 'URL', value: 'https://tickets.example.com/T-1042' }],
  },
};

const EXAMPLE_DOCUMENT = readFileSync(new URL('../operations/update-contact.graphql', import.meta.url), 'utf8');

/** GraphiQL opens with the updateContact example: every union member selected by __typename. */
export function graphiqlOptions(authRequired: boolean): GraphiQLOptions {
  const headers = authRequired ? JSON.stringify({ Authorization: 'Bearer <token>' }, null, 2) : undefined;
  return {
    title: 'Connect contact gateway',
    defaultTabs: [
      { query: EXAMPLE_DOCUMENT, variables: JSON.stringify(EXAMPLE_VARIABLES, null, 2), headers },
    ],
    defaultEditorToolsVisibility: authRequired ? 'headers' : 'variables',
    useGETForQueries: false,
  };
}
