import type { OperationName } from '@connect-gateway/connect-emulator';
import { print } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONNECT_EXCEPTIONS, type ConnectExceptionRow } from '../../src/connect/exceptions.ts';
import { type MutationFixture, OPERATION_FIXTURES } from '../frontend/operation-fixtures.ts';
import { statusCounts } from '../quotas/support.ts';
import { INSTANCE_ID } from '../support/fixtures.ts';
import { operationDefinitions, rootField, typedDocument } from '../support/operation-documents.ts';
import { useStack } from '../support/stack.ts';

// A Contact reached without a result union (a success's `contact`, a search edge's `node`) whose
// DescribeContact Connect throttles: the client gets THROTTLING with when to retry, as _entities
// and ContactChange.contact give it, never the masked "Unexpected error".

// One attempt, so that the injected throttle reaches the gateway's answer instead of being retried.
const stack = useStack({ client: { maxAttempts: 1 } });
beforeEach(() => stack.emulator.resetStore());

const THROTTLE = 'injected throttle';
const throttling: ConnectExceptionRow = CONNECT_EXCEPTIONS.ThrottlingException;
const throttleDescribeContact = () =>
  stack.emulator.faults.add({
    kind: 'error',
    name: 'ThrottlingException',
    message: THROTTLE,
    retryAfterSeconds: 4,
    operation: 'DescribeContact',
  });
const throttled = (path: (string | number)[]) =>
  expect.objectContaining({
    message: throttling.fixedMessage ?? THROTTLE,
    path,
    extensions: expect.objectContaining({ code: throttling.code, retryAfterSeconds: 4 }),
  });

const MUTATIONS = operationDefinitions().filter(({ operation }) => operation.operation === 'mutation');

it('covers every mutation in operations/', () => {
  expect(MUTATIONS.length).toBeGreaterThanOrEqual(18);
});

describe.each(MUTATIONS)('$name (operations/$file)', ({ name, operation }) => {
  it('answers a throttled read-back of `contact` with THROTTLING and when to retry; the change itself was made once', async () => {
    const { success } = OPERATION_FIXTURES[name] as MutationFixture;
    const field = rootField(operation);
    success.setup?.(stack);
    throttleDescribeContact();
    const response = await stack.post({ query: print(typedDocument(name)), variables: success.variables });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    expect(body.errors).toEqual([throttled([field, 'contact'])]);
    // `contact` and the result are non-null: the error nulls them up to `data` (docs/frontend-guide.md).
    expect(body.data).toBeNull();
    const connectOperation = `${field.charAt(0).toUpperCase()}${field.slice(1)}` as OperationName;
    expect(statusCounts(stack.connectCalls(connectOperation))).toEqual({ 200: 1 });
  });
});

describe('searchContacts', () => {
  it("answers a throttled read of a node's other fields with THROTTLING and when to retry", async () => {
    throttleDescribeContact();
    const query = `query ($input: SearchContactsInput!) {
      searchContacts(input: $input, first: 1) {
        ... on ContactSearchConnection { edges { node { id description } } }
      }
    }`;
    const input = {
      instanceId: INSTANCE_ID,
      timeRange: { type: 'INITIATION_TIMESTAMP', start: '2025-01-01T00:00:00Z', end: '2025-02-01T00:00:00Z' },
    };
    const body = (await (await stack.post({ query, variables: { input } })).json()) as { errors?: unknown[] };
    expect(body.errors).toEqual([throttled(['searchContacts', 'edges', 0, 'node'])]);
  });
});
