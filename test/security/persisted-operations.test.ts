import { createHash } from 'node:crypto';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { loadPersistedDocuments } from '../../src/plugins/use-safelist.ts';
import { updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { UPDATE_NAME } from './support/documents.ts';

/** The hash codegen embeds in the typed document (`sha256:<hex>`), as Apollo's APQ sends it (bare hex). */
const hashOf = (document: { __meta__?: Record<string, unknown> }) =>
  String(document.__meta__?.hash).replace(/^sha256:/, '');
const persisted = (sha256Hash: string, variables: unknown) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash } },
});

describe('the persisted-documents manifest', () => {
  it('holds every committed operation under the sha256 of its text', () => {
    const documents = loadPersistedDocuments();
    const hash = hashOf(UpdateContactDocument as never);
    const text = documents.get(hash) ?? '';
    expect(text).toMatch(/^mutation UpdateContact\(/);
    expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
    expect(text.replace(/\s+/g, ' ')).toContain('updateContact(input: $input)');
  });
});

describe('PERSISTED_OPERATIONS=only', () => {
  const stack = useStack({ env: { PERSISTED_OPERATIONS: 'only' } });

  it('runs a persisted operation by its hash', async () => {
    const response = await stack.post(
      persisted(hashOf(UpdateContactDocument as never), { input: updateInput({ name: 'n' }) }),
    );
    const body = (await response.json()) as { data: { updateContact: { __typename: string } } };
    expect(body.data.updateContact.__typename).toBe('UpdateContactSuccess');
    expect(stack.connectCalls('UpdateContact')).toHaveLength(1);
  });

  it('refuses a document that is not in the manifest, even a known operation sent as text', async () => {
    for (const query of [UPDATE_NAME, print(UpdateContactDocument)]) {
      const response = await stack.post({ query, variables: { input: updateInput({ name: 'n' }) } });
      const body = (await response.json()) as { data?: unknown; errors: { message: string }[] };
      expect(body.data ?? null).toBeNull();
      expect(body.errors[0]?.message).toMatch(/persisted/i);
    }
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('refuses an unknown hash', async () => {
    const response = await stack.post(persisted('0'.repeat(64), { input: updateInput({ name: 'n' }) }));
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/PersistedQueryNotFound/);
    expect(stack.connectCalls()).toHaveLength(0);
  });
});

describe('default (PERSISTED_OPERATIONS=allow)', () => {
  const stack = useStack();

  it('accepts both any document and a persisted hash', async () => {
    const text = await stack.post({ query: UPDATE_NAME, variables: { input: updateInput({ name: 'a' }) } });
    expect(
      ((await text.json()) as { data: { updateContact: { __typename: string } } }).data.updateContact.__typename,
    ).toBe('UpdateContactSuccess');
    const byHash = await stack.post(
      persisted(hashOf(UpdateContactDocument as never), { input: updateInput({ name: 'b' }) }),
    );
    expect(
      ((await byHash.json()) as { data: { updateContact: { __typename: string } } }).data.updateContact.__typename,
    ).toBe('UpdateContactSuccess');
  });
});
