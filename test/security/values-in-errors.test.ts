import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { safeErrorMessage } from '../../src/plugins/safe-error-message.ts';
import { updateInput } from '../support/fixtures.ts';
import { type StackOptions, startStack, useStack } from '../support/stack.ts';
import { bearer, hs256Token, PRODUCTION_ENV } from '../support/tokens.ts';

const CARD = 'card 5555-4444-3333-1111';
const MUTATION = 'mutation($i: UpdateContactInput!) { updateContact(input: $i) { __typename } }';

interface Answer {
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

// Inputs that graphql-js refuses while coercing variables or validating literals, each quoting
// the customer data it was given in its own message.
const VARIABLE_ATTACKS: [string, unknown][] = [
  ['an unknown field beside customer data', { ...updateInput({ description: CARD }), contactIdd: 'x' }],
  ['customer data of the wrong type', updateInput({ description: { note: CARD } as unknown as string })],
  ['a number where a string goes, beside customer data', { ...updateInput({ name: CARD }), description: 5 }],
  [
    'an unknown enum value beside customer data',
    updateInput({ references: [{ key: 'k', type: 'URLX' as 'URL', value: CARD }] }),
  ],
  ['a missing required field beside customer data', { instanceId: updateInput().instanceId, name: CARD }],
  ['a list where an object goes', updateInput({ references: [CARD] as unknown as [] })],
];

/** A production gateway whose log lines go to `lines`. */
function production(lines: string[]): StackOptions {
  const logger = createLogger({ env: 'production', destination: { write: (line: string) => void lines.push(line) } });
  return { env: PRODUCTION_ENV, logger };
}

describe('input values never come back in error messages nor reach the logs', () => {
  const lines: string[] = [];
  const stack = useStack(production(lines));
  let token: string;
  beforeAll(async () => {
    token = await hs256Token();
  });

  it.each(VARIABLE_ATTACKS)('%s: refused with a path, no value in the answer or the log', async (_name, input) => {
    lines.length = 0;
    const response = await stack.post({ query: MUTATION, variables: { i: input } }, bearer(token));
    const text = await response.text();
    const body = JSON.parse(text) as Answer;
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.errors?.[0]?.message).toMatch(/^Variable "\$i" got an invalid value/);
    expect(text).not.toMatch(/5555|card|Did you mean/);
    expect(lines.join('\n')).not.toMatch(/5555|card/);
    expect(lines.some((line) => line.includes('"graphql error"'))).toBe(true);
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('names the offending field of a value of the wrong type', async () => {
    const body = (await (
      await stack.post(
        { query: MUTATION, variables: { i: { ...updateInput({ name: CARD }), description: 5 } } },
        bearer(token),
      )
    ).json()) as Answer;
    expect(body.errors?.[0]?.message).toBe(
      'Variable "$i" got an invalid value at "i.description"; String cannot represent the value given.',
    );
  });

  it('literal values in the document are not echoed either', async () => {
    lines.length = 0;
    const query = `mutation { updateContact(input: { instanceId: "a", contactId: "b", name: 4242555544443333, references: [{ key: "k", type: URLX, value: "v" }] }) { __typename } }`;
    const text = await (await stack.post({ query }, bearer(token))).text();
    expect(text).toContain('String cannot represent the value given.');
    expect(text).not.toMatch(/4242555544443333|Did you mean/);
    expect(lines.join('\n')).not.toMatch(/4242555544443333/);
  });

  it("malformed JSON is refused without the parser's message or a slice of the body", async () => {
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: `{"query": "${MUTATION}", "variables": {"i": {"name": "${CARD}"`,
    });
    const text = await response.text();
    expect(response.status, text).toBe(400);
    expect(text).not.toMatch(/originalError|SyntaxError|position|5555/);
    expect((JSON.parse(text) as Answer).errors?.[0]?.message).toBe('POST body sent invalid JSON.');
  });
});

describe('suggestions: none in production, kept in development', () => {
  it('production: no "Did you mean" for enum values, variables or fields', async () => {
    const stack = await startStack(production([]));
    try {
      const token = await hs256Token();
      const texts = await Promise.all(
        [
          stack.post({ query: MUTATION, variables: { i: { ...updateInput(), contactIdd: 'x' } } }, bearer(token)),
          stack.post(
            {
              query: MUTATION,
              variables: { i: updateInput({ references: [{ key: 'k', type: 'URLX' as 'URL', value: 'v' }] }) },
            },
            bearer(token),
          ),
          stack.post(
            {
              query:
                'mutation { updateContact(input: { instanceId: "a", contactId: "b", references: [{ key: "k", type: URLX, value: "v" }] }) { __typename } }',
            },
            bearer(token),
          ),
        ].map(async (r) => (await r).text()),
      );
      for (const text of texts) {
        expect(text).toMatch(/errors/);
        expect(text).not.toMatch(/Did you mean/);
      }
    } finally {
      await stack.close();
    }
  });

  it('development: the suggestion helps, the value still does not appear', async () => {
    const stack = await startStack();
    try {
      const body = (await (
        await stack.post({ query: MUTATION, variables: { i: { ...updateInput({ name: CARD }), contactIdd: 'x' } } })
      ).json()) as Answer;
      expect(body.errors?.[0]?.message).toBe(
        'Variable "$i" got an invalid value; Field "contactIdd" is not defined by type "UpdateContactInput". Did you mean "contactId"?',
      );
    } finally {
      await stack.close();
    }
  });
});

describe('safeErrorMessage', () => {
  it('keeps only names, type references and paths, even from a crafted object key', () => {
    const crafted =
      'Variable "$i" got invalid value { x at "i.name"; Field "y" is not: "card 5555" } at "i.references[0]"; Expected type "ContactReferenceInput" to be an object.';
    expect(safeErrorMessage(crafted, true)).toBe(
      'Variable "$i" got an invalid value at "i.references[0]"; Expected type "ContactReferenceInput" to be an object.',
    );
    expect(safeErrorMessage('DateTime cannot represent an invalid date-time-string card 5555.', true)).toBe(
      'DateTime cannot represent the value given.',
    );
    expect(safeErrorMessage('Cannot query field "contac" on type "Query". Did you mean "contact"?', true)).toBe(
      'Cannot query field "contac" on type "Query".',
    );
    expect(safeErrorMessage('Amazon Connect did not complete the request.', true)).toBe(
      'Amazon Connect did not complete the request.',
    );
  });
});
