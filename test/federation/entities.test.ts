import { printSubgraphSchema } from '@apollo/subgraph';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/schema/index.ts';
import { COMPLETED_CONTACT_ID, ONGOING_CONTACT_ID } from '../support/fixtures.ts';
import { readEntities } from '../support/many-contacts.ts';
import { useStack } from '../support/stack.ts';

// One attempt: the throttling test needs the error, not the SDK's retries.
const stack = useStack({ client: { maxAttempts: 1 } });

describe('the subgraph protocol on our gateway', () => {
  it('serves `_service { sdl }`: the printed subgraph SDL, with @link and the Contact @key', async () => {
    const response = await stack.post({ query: '{ _service { sdl } }' });
    const body = (await response.json()) as { data: { _service: { sdl: string } } };
    const sdl = body.data._service.sdl;
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/);
    expect(sdl).toMatch(/type Contact\s+@key\(fields: "instanceId id"\)/);
    // What schema.graphql holds (test/schema/schema-drift.test.ts keeps the file equal to it).
    expect(sdl.trim()).toBe(printSubgraphSchema(buildSchema()).trim());
    expect(stack.emulator.calls).toHaveLength(0);
  });

  it('resolves Contact representations through `_entities`, in order, duplicates read once', async () => {
    const { data, errors } = await readEntities(stack, [
      COMPLETED_CONTACT_ID,
      ONGOING_CONTACT_ID,
      COMPLETED_CONTACT_ID,
    ]);
    expect(errors).toBeUndefined();
    expect(data?._entities).toEqual([
      { id: COMPLETED_CONTACT_ID, name: 'Order status' },
      { id: ONGOING_CONTACT_ID, name: 'Billing question' },
      { id: COMPLETED_CONTACT_ID, name: 'Order status' },
    ]);
    expect(stack.emulator.callLog.counts.DescribeContact).toBe(2);
  });

  it('gives a missing contact its own error and null, and still resolves the others', async () => {
    const { data, errors } = await readEntities(stack, [ONGOING_CONTACT_ID, 'missing-contact', COMPLETED_CONTACT_ID]);
    expect(data?._entities).toEqual([
      { id: ONGOING_CONTACT_ID, name: 'Billing question' },
      null,
      { id: COMPLETED_CONTACT_ID, name: 'Order status' },
    ]);
    expect(errors).toEqual([
      {
        message: expect.stringMatching(/not found/i),
        path: ['_entities', 1],
        locations: expect.any(Array),
        extensions: {
          code: 'RESOURCE_NOT_FOUND',
          awsRequestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
          requestId: expect.any(String),
        },
      },
    ]);
  });

  it('answers a throttled read with its code and when to retry, not a masked error', async () => {
    stack.emulator.faults.add({
      kind: 'error',
      name: 'ThrottlingException',
      retryAfterSeconds: 4,
      operation: 'DescribeContact',
      contactId: ONGOING_CONTACT_ID,
    });
    const { errors } = await readEntities(stack, [ONGOING_CONTACT_ID]);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'THROTTLING', retryAfterSeconds: 4 });
  });

  it('checks representation ids like Query.contact: 256 characters are read, 257 refused before Connect', async () => {
    const atLimit = await readEntities(stack, ['x'.repeat(256)]);
    expect(atLimit.errors?.[0]?.extensions?.code).toBe('RESOURCE_NOT_FOUND');
    expect(stack.emulator.callLog.counts.DescribeContact).toBe(1);

    stack.emulator.resetCalls();
    const overLimit = await readEntities(stack, ['x'.repeat(257)]);
    expect(overLimit.data?._entities).toEqual([null]);
    expect(overLimit.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_PARAMETER',
      fieldErrors: [
        { path: ['contactId'], message: 'must be 1 to 256 characters long (Unicode code points); got 257' },
      ],
    });
    expect(stack.emulator.calls).toHaveLength(0);
  });
});
