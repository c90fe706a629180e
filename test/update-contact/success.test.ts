import { describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { COMPLETED_CONTACT_ID, INSTANCE_ID, ONGOING_CONTACT_ID, updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

const stack = useStack();

const updateCalls = () => stack.connectCalls('UpdateContact');

describe('updateContact succeeds', () => {
  it('returns UpdateContactSuccess with the ids, the AWS request id and the contact read back', async () => {
    const { data, errors, status } = await stack.execute(UpdateContactDocument, {
      input: updateInput({ name: 'Refund approved', description: 'Double charge refunded' }),
    });
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    const result = data!.updateContact;
    expect(result.__typename).toBe('UpdateContactSuccess');
    if (result.__typename !== 'UpdateContactSuccess') return;
    expect(result.instanceId).toBe(INSTANCE_ID);
    expect(result.contactId).toBe(ONGOING_CONTACT_ID);
    expect(result.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.contact).toMatchObject({
      id: ONGOING_CONTACT_ID,
      name: 'Refund approved',
      description: 'Double charge refunded',
    });
  });

  it('sends Connect exactly the documented request: signed POST, encoded path, only the given fields', async () => {
    await stack.execute(UpdateContactDocument, {
      input: updateInput({
        name: 'N',
        references: [
          { key: 'ticket', type: 'URL', value: 'https://t.example/1' },
          { key: 'score', type: 'NUMBER', value: '5' },
        ],
      }),
    });
    const [call] = updateCalls();
    expect(updateCalls()).toHaveLength(1);
    expect(call?.method).toBe('POST');
    expect(call?.rawPath).toBe(`/contacts/${INSTANCE_ID}/${ONGOING_CONTACT_ID}`);
    expect(call?.headers.authorization).toBe(true);
    expect(call?.headers.contentType).toBe('application/json');
    expect(call?.body).toEqual({
      Name: 'N',
      References: {
        ticket: { Type: 'URL', Value: 'https://t.example/1' },
        score: { Type: 'NUMBER', Value: '5' },
      },
    });
  });

  it('does not send omitted or null fields, and does send an empty string', async () => {
    await stack.execute(UpdateContactDocument, {
      input: updateInput({ name: null, description: '', references: null }),
    });
    expect(updateCalls()[0]?.body).toEqual({ Description: '' });
  });

  it('updates a completed contact as well as an ongoing one', async () => {
    const { data } = await stack.execute(UpdateContactDocument, {
      input: updateInput({ contactId: COMPLETED_CONTACT_ID, description: 'Follow-up done' }),
    });
    expect(data?.updateContact.__typename).toBe('UpdateContactSuccess');
  });

  it('reads the contact back after the update, not a copy cached before it', async () => {
    const document = /* GraphQL */ `
      mutation Twice($a: UpdateContactInput!, $b: UpdateContactInput!) {
        first: updateContact(input: $a) { ... on UpdateContactSuccess { contact { name } } }
        second: updateContact(input: $b) { ... on UpdateContactSuccess { contact { name } } }
      }
    `;
    const response = await stack.post({
      query: document,
      variables: { a: updateInput({ name: 'first' }), b: updateInput({ name: 'second' }) },
    });
    const json = (await response.json()) as { data: Record<string, { contact: { name: string } }> };
    expect(json.data.first?.contact.name).toBe('first');
    expect(json.data.second?.contact.name).toBe('second');
  });
});
