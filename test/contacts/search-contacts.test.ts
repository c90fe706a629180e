import { SEED_DETAILED_CONTACT_ID } from '@connect-gateway/connect-emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SearchContactsDocument, type SearchContactsInput } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID, SEED } from '../mutations/support/seed.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { bearer, HS256_ENV, hs256Token } from '../support/tokens.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ client: { maxAttempts: 1 } });
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.emulator.faults.clear();
  stack.emulator.resetStore();
  stack.emulator.resetCalls();
});

/** Every seeded contact (the ten of SEED and the detailed one) was initiated in January 2025. */
const january = (more: Partial<SearchContactsInput> = {}): SearchContactsInput => ({
  instanceId: INSTANCE_ID,
  timeRange: { type: 'INITIATION_TIMESTAMP', start: '2025-01-01T00:00:00Z', end: '2025-02-01T00:00:00Z' },
  ...more,
});

async function search(input: SearchContactsInput, first?: number | null, after?: string | null) {
  const { data, errors } = await stack.execute(SearchContactsDocument, { input, first, after });
  expect(errors).toBeUndefined();
  return data!.searchContacts;
}

async function page(input: SearchContactsInput, first?: number | null, after?: string | null) {
  const result = await search(input, first, after);
  if (result.__typename !== 'ContactSearchConnection') throw new Error(`expected a page, got ${result.__typename}`);
  return result;
}

describe('searchContacts pages through what Connect finds', () => {
  it('pages forward to the end with totals: 11 seeded contacts, 3 at a time, newest first', async () => {
    const ids: string[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    for (;;) {
      const result = await page(january(), 3, after);
      expect(result.totalCount).toBe(11);
      sizes.push(result.edges.length);
      ids.push(...result.edges.map((edge) => edge.node.id));
      if (!result.pageInfo.hasNextPage) {
        expect(result.pageInfo.endCursor).toBeNull();
        break;
      }
      after = result.pageInfo.endCursor;
    }
    expect(sizes).toEqual([3, 3, 3, 2]);
    expect(new Set(ids).size).toBe(11);
    expect(ids.slice(0, 2)).toEqual([SEED_DETAILED_CONTACT_ID, SEED.chainTransferred]);
    expect(ids.at(-1)).toBe(SEED.chatCompleted);
    // Each page is one SearchContacts call with MaxResults = first and Connect's NextToken; no DescribeContact.
    const calls = stack.connectCalls('SearchContacts').map((call) => call.body as Record<string, unknown>);
    expect(calls.map((body) => body.MaxResults)).toEqual([3, 3, 3, 3]);
    expect(calls[0]).not.toHaveProperty('NextToken');
    expect(calls[1]).toHaveProperty('NextToken');
    expect(stack.connectCalls('DescribeContact')).toHaveLength(0);
  });

  it('serves summary fields from the summary', async () => {
    const result = await page(january({ searchCriteria: { channels: ['EMAIL'] } }), 5);
    expect(result.edges.map((edge) => edge.node)).toEqual([
      {
        instanceId: INSTANCE_ID,
        id: SEED.emailConnected,
        name: expect.any(String),
        channel: 'EMAIL',
        initiationMethod: 'INBOUND',
        initiationTimestamp: '2025-01-15T14:00:00.000Z',
        queue: expect.anything(),
        agent: expect.anything(),
      },
    ]);
    expect(stack.connectCalls('DescribeContact')).toHaveLength(0);
  });

  it('reads DescribeContact-only fields through the loader, once per contact', async () => {
    const response = await stack.post({
      query: `query($i: SearchContactsInput!) { searchContacts(input: $i, first: 4) {
        ... on ContactSearchConnection { edges { node { instanceId id description } } } } }`,
      variables: { i: january({ searchCriteria: { channels: ['TASK'] } }) },
    });
    const body = (await response.json()) as {
      data: { searchContacts: { edges: { node: { id: string; description: string | null } }[] } };
    };
    expect(body.data.searchContacts.edges).toHaveLength(4);
    expect(stack.connectCalls('DescribeContact')).toHaveLength(4);
  });

  it('filters by the criteria: channels, initiation methods, queues, agents, attributes', async () => {
    const idsOf = async (input: SearchContactsInput) =>
      (await page(input, 100)).edges.map((edge) => edge.node.id).sort();
    expect(await idsOf(january({ searchCriteria: { channels: ['VOICE'] } }))).toEqual(
      [SEED.voiceInbound, SEED.voiceQueued, SEED_DETAILED_CONTACT_ID].sort(),
    );
    expect(await idsOf(january({ searchCriteria: { agentIds: ['agent-0001'] } }))).toContain(SEED.voiceInbound);
    expect(await idsOf(january({ searchCriteria: { queueIds: ['q-billing-0001'] } }))).toContain(SEED.voiceInbound);
    const started = await idsOf(
      january({
        timeRange: { type: 'INITIATION_TIMESTAMP', start: '2025-01-15T11:30:00Z', end: '2025-01-15T13:30:00Z' },
      }),
    );
    expect(started).toEqual([SEED.taskConnected, SEED.taskPaused].sort());
    const chain = stack.emulator.store.attributes.get(INSTANCE_ID, SEED.chainInitial);
    const [key, value] = Object.entries(chain)[0] ?? ['none', 'none'];
    expect(
      await idsOf(
        january({ searchCriteria: { searchableContactAttributes: { criteria: [{ key, values: [value] }] } } }),
      ),
    ).toEqual([SEED.chainInitial, SEED.chainTransferred].sort());
  });

  it('sorts as asked', async () => {
    const result = await page(january({ sort: { fieldName: 'INITIATION_TIMESTAMP', order: 'ASCENDING' } }), 1);
    expect(result.edges[0]?.node.id).toBe(SEED.chatCompleted);
  });

  it('an edge cursor resumes right after its contact', async () => {
    const first = await page(january(), 4);
    const rest = await page(january(), 2, first.edges[1]?.cursor);
    expect(rest.edges.map((edge) => edge.node.id)).toEqual(first.edges.slice(2, 4).map((edge) => edge.node.id));
  });
});

describe('searchContacts: limits and cursor misuse, without calling Connect', () => {
  it('first: 1 to 100 (MaxResults); 0 and 101 are refused at first', async () => {
    expect((await search(january(), 100)).__typename).toBe('ContactSearchConnection');
    stack.emulator.resetCalls();
    for (const first of [0, 101]) {
      const result = await search(january(), first);
      expect(result).toMatchObject({ __typename: 'InvalidParameterError', fieldErrors: [{ path: ['first'] }] });
    }
    expect(stack.emulator.calls).toHaveLength(0);
  });

  it('refuses a cursor of another search at `after`', async () => {
    const { pageInfo } = await page(january(), 3);
    stack.emulator.resetCalls();
    const result = await search(january({ searchCriteria: { channels: ['TASK'] } }), 3, pageInfo.endCursor);
    expect(result).toMatchObject({ __typename: 'InvalidParameterError', fieldErrors: [{ path: ['after'] }] });
    expect(stack.emulator.calls).toHaveLength(0);
  });

  it('contactAnalysis: at most 6 transcript criteria, each of at most 100 texts of at most 128 characters', async () => {
    const transcript = (criteria: number, texts: number, length: number) => ({
      contactAnalysis: {
        transcript: {
          criteria: Array.from({ length: criteria }, () => ({
            participantRole: 'CUSTOMER' as const,
            searchText: Array.from({ length: texts }, () => '😀'.repeat(length)),
            matchType: 'MATCH_ANY' as const,
          })),
        },
      },
    });
    expect(await page(january({ searchCriteria: transcript(6, 100, 128) }))).toMatchObject({ totalCount: 0 });
    const sent = stack.connectCalls('SearchContacts')[0]?.body as { SearchCriteria?: { ContactAnalysis?: unknown } };
    expect(sent.SearchCriteria?.ContactAnalysis).toEqual({
      Transcript: {
        Criteria: Array.from({ length: 6 }, () => ({
          ParticipantRole: 'CUSTOMER',
          SearchText: Array.from({ length: 100 }, () => '😀'.repeat(128)),
          MatchType: 'MATCH_ANY',
        })),
      },
    });
    stack.emulator.resetCalls();
    const base = ['input', 'searchCriteria', 'contactAnalysis', 'transcript', 'criteria'];
    expect(await search(january({ searchCriteria: transcript(7, 1, 1) }))).toMatchObject({
      fieldErrors: [{ path: base }],
    });
    expect(await search(january({ searchCriteria: transcript(1, 101, 1) }))).toMatchObject({
      fieldErrors: [{ path: [...base, '0', 'searchText'] }],
    });
    expect(await search(january({ searchCriteria: transcript(1, 1, 129) }))).toMatchObject({
      fieldErrors: [{ path: [...base, '0', 'searchText', '0'] }],
    });
    expect(stack.emulator.calls).toHaveLength(0);
  });

  it('refuses a time range that ends before it starts', async () => {
    const result = await search(
      january({
        timeRange: { type: 'INITIATION_TIMESTAMP', start: '2025-02-01T00:00:00Z', end: '2025-01-01T00:00:00Z' },
      }),
    );
    expect(result).toMatchObject({ fieldErrors: [{ path: ['input', 'timeRange', 'end'] }] });
    expect(stack.emulator.calls).toHaveLength(0);
  });

  it('refuses a cursor that is not one', async () => {
    const result = await search(january(), 3, 'not-a-cursor');
    expect(result).toMatchObject({ __typename: 'InvalidParameterError', fieldErrors: [{ path: ['after'] }] });
    expect(stack.emulator.calls).toHaveLength(0);
  });

  it('agentIds: at most 100, each 1 to 256 characters', async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `agent-${i}`);
    expect((await search(january({ searchCriteria: { agentIds: ids(100) } }))).__typename).toBe(
      'ContactSearchConnection',
    );
    stack.emulator.resetCalls();
    expect(await search(january({ searchCriteria: { agentIds: ids(101) } }))).toMatchObject({
      fieldErrors: [{ path: ['input', 'searchCriteria', 'agentIds'] }],
    });
    expect(await search(january({ searchCriteria: { agentIds: ['😀'.repeat(257)] } }))).toMatchObject({
      fieldErrors: [{ path: ['input', 'searchCriteria', 'agentIds', '0'] }],
    });
    expect(stack.emulator.calls).toHaveLength(0);
  });

  it('Connect refuses MaxResults 101 and a NextToken of another search too (the emulator)', async () => {
    const { SearchContactsCommand } = await import('@aws-sdk/client-connect');
    const base = {
      InstanceId: INSTANCE_ID,
      TimeRange: {
        Type: 'INITIATION_TIMESTAMP' as const,
        StartTime: new Date('2025-01-01'),
        EndTime: new Date('2025-02-01'),
      },
    };
    await expect(stack.connect.send(new SearchContactsCommand({ ...base, MaxResults: 101 }))).rejects.toMatchObject({
      name: 'InvalidParameterException',
    });
    const first = await stack.connect.send(new SearchContactsCommand({ ...base, MaxResults: 2 }));
    await expect(
      stack.connect.send(
        new SearchContactsCommand({ ...base, SearchCriteria: { Channels: ['TASK'] }, NextToken: first.NextToken }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
  });
});

describe('searchContacts: the read cap counts a page that reads DescribeContact', () => {
  let capped: Stack;
  beforeAll(async () => {
    capped = await startStack({ env: { MAX_CONTACT_READS_PER_REQUEST: '5' } });
  });
  afterAll(() => capped.close());
  beforeEach(() => capped.emulator.resetCalls());

  const query = (fields: string, first: number) =>
    `query($i: SearchContactsInput!) { searchContacts(input: $i, first: ${first}) {
      ... on ContactSearchConnection { edges { node { ${fields} } } } } }`;

  it('refuses a page of 6 selecting description before any call; 5 pass', async () => {
    const refused = await capped.post({ query: query('instanceId id description', 6), variables: { i: january() } });
    const body = (await refused.json()) as { errors?: { extensions: { code: string } }[] };
    expect(body.errors?.[0]?.extensions.code).toBe('TOO_MANY_READS');
    expect(capped.emulator.calls).toHaveLength(0);
    const allowed = await capped.post({ query: query('instanceId id description', 5), variables: { i: january() } });
    expect(((await allowed.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(capped.connectCalls('DescribeContact')).toHaveLength(5);
  });

  it('does not count a page that stays within the summary', async () => {
    const response = await capped.post({
      query: query('instanceId id name channel agent { id }', 20),
      variables: { i: january() },
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(capped.connectCalls('DescribeContact')).toHaveLength(0);
  });
});

describe('searchContacts needs the scope contacts:search', () => {
  let secured: Stack;
  beforeAll(async () => {
    secured = await startStack({ env: HS256_ENV });
  });
  afterAll(() => secured.close());
  beforeEach(() => secured.emulator.resetCalls());

  const SEARCH = `query($i: SearchContactsInput!) { searchContacts(input: $i, first: 2) {
    __typename ... on ContactSearchConnection { edges { node { instanceId id } } } } }`;
  const send = async (scope: string) => {
    const response = await secured.post(
      { query: SEARCH, variables: { i: january() } },
      bearer(await hs256Token({ scope })),
    );
    return (await response.json()) as {
      data?: { searchContacts: { __typename: string; edges: unknown[] } } | null;
      errors?: { extensions: { code: string } }[];
    };
  };

  it.each(['contacts:read', 'contacts:read contacts:write contacts:stop contacts:create'])(
    'refuses a token with %s FORBIDDEN, without calling Connect',
    async (scope) => {
      const body = await send(scope);
      expect(body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(secured.emulator.calls).toHaveLength(0);
    },
  );

  it('finds contacts with contacts:search and contacts:read', async () => {
    const body = await send('contacts:search contacts:read');
    expect(body.errors).toBeUndefined();
    expect(body.data?.searchContacts.edges).toHaveLength(2);
    expect(secured.connectCalls('SearchContacts')).toHaveLength(1);
  });
});

describe('searchContacts: every documented Connect error is its union member', () => {
  it.each([
    'InvalidRequestException',
    'InvalidParameterException',
    'ResourceNotFoundException',
    'InternalServiceException',
    'ThrottlingException',
    'AccessDeniedException',
  ] as const)('%s', async (exception) => {
    stack.emulator.faults.add({
      kind: 'error',
      name: exception,
      message: `injected ${exception}`,
      operation: 'SearchContacts',
      times: 1,
    });
    const result = await search(january(), 3);
    expect(result.__typename).toBe(exception.replace(/Exception$/, 'Error'));
    expect(result).toMatchObject({ requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(stack.connectCalls('SearchContacts')).toHaveLength(1);
    expect(stack.connectCalls('DescribeContact')).toHaveLength(0);
  });
});
