import { describe, expect, it } from 'vitest';
import { handleUpdateResult } from '../../operations/examples/handle-update-result.ts';
import { UpdateContactDocument, type UpdateContactInput } from '../../operations/generated/graphql.ts';
import { updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

// The example of docs/frontend-guide.md, run against the real gateway: every union member
// reaches its branch with the fields the branch reads.
// One attempt, so that an injected throttle or 500 reaches the client instead of being retried.
const stack = useStack({ client: { maxAttempts: 1 } });

async function outcomeOf(input: UpdateContactInput) {
  const { data, errors } = await stack.execute(UpdateContactDocument, { input });
  expect(errors).toBeUndefined();
  return handleUpdateResult(data!.updateContact);
}

describe('handleUpdateResult on real answers', () => {
  it('UpdateContactSuccess → saved, with the contact read back', async () => {
    expect(await outcomeOf(updateInput({ name: 'Refund approved' }))).toEqual({
      kind: 'saved',
      name: 'Refund approved',
    });
  });

  it('InvalidParameterError → fix-input, one field per violation, named from its path', async () => {
    const callsBefore = stack.emulator.calls.length;
    const outcome = await outcomeOf(
      updateInput({
        name: 'n'.repeat(513),
        references: [
          { key: 'ticket', type: 'URL', value: 'https://tickets.example.com/1' },
          { key: 'ticket', type: 'URL', value: 'https://tickets.example.com/2' },
        ],
      }),
    );
    expect(outcome).toMatchObject({ kind: 'fix-input' });
    expect(outcome.kind === 'fix-input' && outcome.fields.map((f) => f.field)).toEqual(['name', 'references.1.key']);
    expect(stack.emulator.calls.slice(callsBefore)).toEqual([]);
  });

  it('InvalidRequestError → fix-input without fields (nothing to update)', async () => {
    expect(await outcomeOf(updateInput({ references: [] }))).toMatchObject({ kind: 'fix-input', fields: [] });
  });

  it('ThrottlingError → retry after the hint Connect sent', async () => {
    stack.emulator.faults.add({ kind: 'error', name: 'ThrottlingException', retryAfterSeconds: 7, times: 1 });
    expect(await outcomeOf(updateInput({ name: 'x' }))).toMatchObject({ kind: 'retry', afterSeconds: 7 });
  });

  it('InternalServiceError → retry later', async () => {
    stack.emulator.faults.add({ kind: 'error', name: 'InternalServiceException', status: 500, times: 1 });
    expect(await outcomeOf(updateInput({ name: 'x' }))).toMatchObject({ kind: 'retry', afterSeconds: 30 });
  });

  it('ResourceNotFoundError → failed, with the request id to quote', async () => {
    const outcome = await outcomeOf(updateInput({ contactId: 'no-such-contact', name: 'x' }));
    expect(outcome).toMatchObject({ kind: 'failed', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it.each([
    ['AccessDeniedException', 403],
    ['ConflictException', 409],
    ['InvalidActiveRegionException', 400],
  ] as const)('%s → failed', async (name, status) => {
    stack.emulator.faults.add({ kind: 'error', name, status, message: `injected ${name}`, times: 1 });
    expect(await outcomeOf(updateInput({ name: 'x' }))).toMatchObject({ kind: 'failed', message: `injected ${name}` });
  });
});
