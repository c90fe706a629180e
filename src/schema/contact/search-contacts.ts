import {
  type ContactSearchSummary,
  SearchContactsCommand,
  type SearchContactsCommandInput,
  type SearchContactsResponse,
} from '@aws-sdk/client-connect';
import { assertInstanceAllowed } from '../../auth/instance-access.ts';
import { callConnect } from '../../connect/call.ts';
import { connectError, MalformedResponseError } from '../../connect/errors.ts';
import type { ConnectExceptionName } from '../../connect/exceptions.ts';
import { declareQuota } from '../../connect/quotas/quota-table.ts';
import { builder } from '../builder.ts';
import { errorTypes } from '../errors.ts';
import { Contact, type ContactRecord } from './contact.ts';
import { loadContactField } from './contact-entity.ts';
import { contactFromSummary, servedBySummary } from './contact-from-summary.ts';
import { SEARCH_LIMITS, SearchContactsInput, searchContactsConstraints } from './search-contacts-input.ts';
import { criteriaHash, DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor } from './search-cursor.ts';
import { selectionPaths } from './selection-paths.ts';

// Amazon Connect SearchContacts as a Relay cursor connection over Connect's NextToken.

const SEARCH_CONTACTS = 'SearchContacts';
// Connect's default quota for SearchContacts (Service Quotas: 0.5 requests per second, burst 1).
declareQuota(SEARCH_CONTACTS, { rate: 0.5, burst: 1 });

const SEARCH_ERRORS: readonly ConnectExceptionName[] = [
  'InvalidRequestException',
  'InvalidParameterException',
  'ResourceNotFoundException',
  'InternalServiceException',
  'ThrottlingException',
  'AccessDeniedException',
];

const MAX_PAGE = Number(SEARCH_LIMITS.maxResults.max ?? 100);

interface SearchEdge {
  cursor: string;
  instanceId: string;
  summary: ContactSearchSummary & { Id: string };
}

interface SearchPage {
  edges: SearchEdge[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number | null;
}

const PageInfo = builder.objectRef<SearchPage>('ContactSearchPageInfo').implement({
  description: 'Where a page of searchContacts is (Relay PageInfo): pass `endCursor` as `after` for the next page.',
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage', { description: 'Whether Connect has more contacts after this page.' }),
    hasPreviousPage: t.boolean({
      description: 'Always false: Connect pages forward only.',
      resolve: () => false,
    }),
    startCursor: t.string({
      nullable: true,
      description: 'The cursor of the first edge; null for an empty page.',
      resolve: (page) => page.edges[0]?.cursor ?? null,
    }),
    endCursor: t.exposeString('endCursor', {
      nullable: true,
      description: 'The cursor after the last edge: `after` for the next page; null when there is none.',
    }),
  }),
});

const Edge = builder.objectRef<SearchEdge>('ContactSearchEdge').implement({
  description: 'One contact found, and the cursor just after it.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', {
      description: 'Opaque; as `after`, the contacts after this one (with the same input only).',
    }),
    node: t.field({
      type: Contact,
      description:
        "The contact. Fields Connect's search summary carries (ids, name, channel, initiation method, initiation, disconnect and scheduled timestamps, queue id and enqueue time, agent id and connect time) are served from it; selecting any other field reads the contact with DescribeContact, once per contact, within the request's read cap.",
      resolve: (edge, _args, context, info): ContactRecord | Promise<ContactRecord> =>
        servedBySummary(
          selectionPaths(
            info.fieldNodes.flatMap((node) => node.selectionSet ?? []),
            info.fragments,
          ),
        )
          ? contactFromSummary(edge.instanceId, edge.summary)
          : loadContactField(context.loaders, { instanceId: edge.instanceId, contactId: edge.summary.Id }),
    }),
  }),
});

const Connection = builder.objectRef<SearchPage>('ContactSearchConnection').implement({
  description: 'A page of the contacts a search found (a Relay connection).',
  fields: (t) => ({
    edges: t.field({
      type: [Edge],
      description: 'The contacts of this page, in order.',
      resolve: (page) => page.edges,
    }),
    pageInfo: t.field({ type: PageInfo, description: 'Where this page is.', resolve: (page) => page }),
    totalCount: t.int({
      nullable: true,
      description: 'How many contacts the search found in all, as Connect counts them.',
      resolve: (page) => page.totalCount,
    }),
  }),
});

type SearchInput = SearchContactsCommandInput;

/** The criteria as Connect's SearchCriteria; absent members are not sent. */
function toCommand(input: typeof SearchContactsInput.$inferInput): Omit<SearchInput, 'MaxResults' | 'NextToken'> {
  const c = input.searchCriteria;
  const attributes = c?.searchableContactAttributes;
  const segments = c?.searchableSegmentAttributes;
  return {
    InstanceId: input.instanceId,
    TimeRange: { Type: input.timeRange.type, StartTime: input.timeRange.start, EndTime: input.timeRange.end },
    SearchCriteria: c
      ? {
          Channels: c.channels ?? undefined,
          AgentIds: c.agentIds?.map(String) ?? undefined,
          QueueIds: c.queueIds?.map(String) ?? undefined,
          InitiationMethods: c.initiationMethods ?? undefined,
          ContactAnalysis: c.contactAnalysis?.transcript
            ? {
                Transcript: {
                  Criteria: c.contactAnalysis.transcript.criteria.map((criterion) => ({
                    ParticipantRole: criterion.participantRole,
                    SearchText: criterion.searchText,
                    MatchType: criterion.matchType,
                  })),
                  MatchType: c.contactAnalysis.transcript.matchType ?? undefined,
                },
              }
            : undefined,
          SearchableContactAttributes: attributes
            ? {
                Criteria: attributes.criteria.map((a) => ({ Key: a.key, Values: a.values })),
                MatchType: attributes.matchType ?? undefined,
              }
            : undefined,
          SearchableSegmentAttributes: segments
            ? {
                Criteria: segments.criteria.map((s) => ({ Key: s.key, Values: s.values })),
                MatchType: segments.matchType ?? undefined,
              }
            : undefined,
        }
      : undefined,
    Sort: input.sort ? { FieldName: input.sort.fieldName, Order: input.sort.order } : undefined,
  } as Omit<SearchInput, 'MaxResults' | 'NextToken'>;
}

builder.queryField('searchContacts', (t) =>
  t.field({
    type: Connection,
    description: `Finds an instance's contacts (Amazon Connect SearchContacts), a page at a time: \`first\` contacts (1 to ${MAX_PAGE}; default ${DEFAULT_PAGE_SIZE}) after the cursor \`after\`. Needs the scope contacts:search (reading a found contact's fields needs contacts:read, as everywhere). Expected failures are members of the result union.`,
    args: {
      input: t.arg({ type: SearchContactsInput, required: true, description: 'What to find.' }),
      first: t.arg.int({ description: `How many contacts (1 to ${MAX_PAGE}); default ${DEFAULT_PAGE_SIZE}.` }),
      after: t.arg.string({
        description:
          "A cursor this search answered (`pageInfo.endCursor`, or an edge's `cursor`): the contacts after it. A cursor of a search with other input is an InvalidParameterError at `after`.",
      }),
    },
    validate: searchContactsConstraints,
    authScopes: { 'contacts:search': true },
    errors: {
      types: errorTypes(SEARCH_ERRORS),
      directResult: true,
      union: {
        name: 'SearchContactsResult',
        description:
          'A page of the contacts found, or why the search failed: every member but ContactSearchConnection implements Error.',
      },
    },
    resolve: async (_root, { input, first, after }, context): Promise<SearchPage> => {
      assertInstanceAllowed(context, input.instanceId);
      const hash = criteriaHash(input);
      const position = after == null ? { token: null, skip: 0 } : decodeCursor(after, hash);
      if ('problem' in position)
        throw connectError('InvalidParameterException', `Invalid input: after: ${position.problem}`, {
          fieldErrors: [{ path: ['after'], message: `The cursor ${position.problem}.` }],
        });
      const size = first ?? DEFAULT_PAGE_SIZE;
      // A cursor inside a page resumes at that page's token and skips the contacts before it.
      const maxResults = Math.min(MAX_PAGE, size + position.skip);
      const ticket = context.budget?.ticket(SEARCH_CONTACTS, context.identity.subject);
      const output: SearchContactsResponse = await callConnect(
        SEARCH_ERRORS,
        () =>
          context.connect.send(
            new SearchContactsCommand({
              ...toCommand(input),
              MaxResults: maxResults,
              NextToken: position.token ?? undefined,
            }),
          ),
        ticket,
      );
      const found = output.Contacts ?? [];
      if (found.some((summary) => !summary.Id))
        throw new MalformedResponseError('SearchContacts answered a contact without its id');
      const page = found.slice(position.skip, position.skip + size) as (ContactSearchSummary & { Id: string })[];
      const rest = found.length - position.skip - page.length;
      const endPosition =
        rest > 0
          ? { token: position.token, skip: position.skip + page.length }
          : output.NextToken
            ? { token: output.NextToken, skip: 0 }
            : undefined;
      return {
        edges: page.map((summary, index) => ({
          cursor: encodeCursor(hash, { token: position.token, skip: position.skip + index + 1 }),
          instanceId: input.instanceId,
          summary,
        })),
        hasNextPage: endPosition !== undefined,
        endCursor: endPosition ? encodeCursor(hash, endPosition) : null,
        totalCount: output.TotalCount === undefined ? null : Number(output.TotalCount),
      };
    },
  }),
);
