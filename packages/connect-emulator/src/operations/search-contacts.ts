import { createHash } from 'node:crypto';
import type { Contact } from '@aws-sdk/client-connect';
import { z } from 'zod';
import { serviceError } from '../errors.ts';
import type { StoredContact } from '../state/types.ts';
import { text } from './contact-lookup.ts';
import { modelRange, modelString } from './model-limits.ts';
import type { OperationHandler } from './operation.ts';
import { fail } from './operation.ts';
import { deserialize, invalidParameter, memberMissing, rangeViolation } from './validation.ts';
import { toWire } from './wire.ts';

const instanceIdCheck = modelString('SearchContacts', 'InstanceId');
const nextTokenCheck = modelString('SearchContacts', 'NextToken');
const maxResultsRange = modelRange('SearchContacts', 'MaxResults');
/** Connect's page size when MaxResults is omitted. */
const DEFAULT_MAX_RESULTS = 100;

const criteria = z.looseObject({ Key: z.string(), Values: z.array(z.string()) });
const bodySchema = z.looseObject({
  InstanceId: text,
  TimeRange: z.looseObject({ Type: z.string(), StartTime: z.number(), EndTime: z.number() }).nullish(),
  SearchCriteria: z
    .looseObject({
      Channels: z.array(z.string()).nullish(),
      AgentIds: z.array(z.string()).nullish(),
      QueueIds: z.array(z.string()).nullish(),
      InitiationMethods: z.array(z.string()).nullish(),
      ContactAnalysis: z
        .looseObject({ Transcript: z.looseObject({ Criteria: z.array(z.looseObject({})) }).nullish() })
        .nullish(),
      SearchableContactAttributes: z.looseObject({ Criteria: z.array(criteria), MatchType: text }).nullish(),
      SearchableSegmentAttributes: z.looseObject({ Criteria: z.array(criteria), MatchType: text }).nullish(),
    })
    .nullish(),
  MaxResults: z.number().int().nullish(),
  NextToken: text,
  Sort: z.looseObject({ FieldName: z.string(), Order: z.string() }).nullish(),
});
type SearchBody = z.output<typeof bodySchema>;

const TIME_OF: Record<string, (c: Contact) => Date | undefined> = {
  INITIATION_TIMESTAMP: (c) => c.InitiationTimestamp,
  SCHEDULED_TIMESTAMP: (c) => c.ScheduledTimestamp,
  CONNECTED_TO_AGENT_TIMESTAMP: (c) => c.AgentInfo?.ConnectedToAgentTimestamp,
  DISCONNECT_TIMESTAMP: (c) => c.DisconnectTimestamp,
  ENQUEUE_TIMESTAMP: (c) => c.QueueInfo?.EnqueueTimestamp,
};
/** The default order, and that of a field the emulator does not know. */
const byInitiation = (c: Contact) => c.InitiationTimestamp?.getTime() ?? 0;
const SORT_OF: Record<string, (c: Contact) => string | number> = {
  ...Object.fromEntries(Object.entries(TIME_OF).map(([k, f]) => [k, (c: Contact) => f(c)?.getTime() ?? 0])),
  INITIATION_METHOD: (c) => c.InitiationMethod ?? '',
  CHANNEL: (c) => c.Channel ?? '',
};

/** Whether `values` hold a contact's value of each criterion, combined as `matchType` says. */
function matches(
  criteriaList: { Key: string; Values: string[] }[],
  matchType: string | null | undefined,
  valueFor: (key: string) => string | undefined,
): boolean {
  const hits = criteriaList.map((c) => {
    const value = valueFor(c.Key);
    return value !== undefined && (c.Values.length === 0 || c.Values.includes(value));
  });
  if (matchType === 'MATCH_ANY') return hits.some(Boolean);
  if (matchType === 'MATCH_NONE') return !hits.some(Boolean);
  return hits.every(Boolean);
}

function found(stored: StoredContact, b: SearchBody, attributesOf: (c: StoredContact) => Record<string, string>) {
  const c = stored.contact;
  const range = b.TimeRange;
  if (range) {
    const time = TIME_OF[range.Type]?.(c)?.getTime();
    if (time === undefined || time < range.StartTime * 1000 || time > range.EndTime * 1000) return false;
  }
  const s = b.SearchCriteria;
  if (!s) return true;
  if (s.Channels?.length && !s.Channels.includes(c.Channel ?? '')) return false;
  if (s.AgentIds?.length && !s.AgentIds.includes(c.AgentInfo?.Id ?? '')) return false;
  if (s.QueueIds?.length && !s.QueueIds.includes(c.QueueInfo?.Id ?? '')) return false;
  if (s.InitiationMethods?.length && !s.InitiationMethods.includes(c.InitiationMethod ?? '')) return false;
  // The emulator keeps no Contact Lens transcripts: a transcript criterion matches no contact.
  if (s.ContactAnalysis?.Transcript?.Criteria.length) return false;
  const attributes = s.SearchableContactAttributes;
  if (attributes && !matches(attributes.Criteria, attributes.MatchType, (key) => attributesOf(stored)[key]))
    return false;
  const segments = s.SearchableSegmentAttributes;
  if (segments && !matches(segments.Criteria, segments.MatchType, (key) => c.SegmentAttributes?.[key]?.ValueString))
    return false;
  return true;
}

/** A ContactSearchSummary: the members the model's summary has. */
const summaryOf = (c: Contact) =>
  toWire({
    Arn: c.Arn,
    Id: c.Id,
    InitialContactId: c.InitialContactId,
    PreviousContactId: c.PreviousContactId,
    InitiationMethod: c.InitiationMethod,
    Channel: c.Channel,
    QueueInfo: c.QueueInfo && { Id: c.QueueInfo.Id, EnqueueTimestamp: c.QueueInfo.EnqueueTimestamp },
    AgentInfo: c.AgentInfo && { Id: c.AgentInfo.Id, ConnectedToAgentTimestamp: c.AgentInfo.ConnectedToAgentTimestamp },
    InitiationTimestamp: c.InitiationTimestamp,
    DisconnectTimestamp: c.DisconnectTimestamp,
    ScheduledTimestamp: c.ScheduledTimestamp,
    Name: c.Name,
  });

// A NextToken names the offset of the next page and the search it belongs to.
const searchHash = ({ NextToken: _token, MaxResults: _max, ...search }: SearchBody) =>
  createHash('sha256').update(JSON.stringify(search)).digest('hex').slice(0, 16);
const tokenFor = (hash: string, offset: number) => Buffer.from(`${hash}:${offset}`).toString('base64url');
function offsetOf(token: string, hash: string): number | undefined {
  const [tokenHash, offset] = Buffer.from(token, 'base64url').toString('utf8').split(':');
  const n = Number(offset);
  return tokenHash === hash && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/**
 * SearchContacts (`POST /search-contacts`): the instance's contacts within TimeRange that match
 * every criterion given (channels, agents, queues, initiation methods, searchable attributes and
 * segment attributes; a transcript criterion matches nothing, as the emulator keeps no transcripts), sorted by Sort (default: initiation time, newest first), MaxResults (1 to
 * 100, default 100) at a time; NextToken continues the same search, TotalCount counts them all.
 */
export const handleSearchContacts: OperationHandler = (request, { store }) => {
  const read = deserialize(bodySchema, request.body);
  if (!read.ok) return read;
  const b = read.value;
  if (b.InstanceId == null) return fail(memberMissing('instanceId'));
  if (!b.TimeRange) return fail(memberMissing('timeRange'));
  const bad =
    instanceIdCheck(b.InstanceId, 'instanceId') ??
    nextTokenCheck(b.NextToken, 'nextToken') ??
    rangeViolation(b.MaxResults, 'maxResults', maxResultsRange.min, maxResultsRange.max);
  if (bad) return fail(bad);
  if (b.TimeRange.EndTime < b.TimeRange.StartTime)
    return fail(serviceError('InvalidRequestException', 'The end time must not be before the start time.'));
  const hash = searchHash(b);
  const offset = b.NextToken == null ? 0 : offsetOf(b.NextToken, hash);
  if (offset === undefined) return fail(invalidParameter('nextToken', 'The token is not valid for this request'));
  if (!store.hasInstance(b.InstanceId))
    return fail(serviceError('ResourceNotFoundException', `Instance not found: ${b.InstanceId}`));

  const attributesOf = (s: StoredContact) => store.attributes.get(s.instanceId, s.contact.InitialContactId);
  const key = SORT_OF[b.Sort?.FieldName ?? ''] ?? byInitiation;
  const direction = (b.Sort?.Order ?? 'DESCENDING') === 'ASCENDING' ? 1 : -1;
  const all = store
    .listContacts(b.InstanceId)
    .filter((s) => found(s, b, attributesOf))
    .map((s) => s.contact)
    .sort((x, y) => {
      const [a, c] = [key(x), key(y)];
      return (a < c ? -1 : a > c ? 1 : x.Id.localeCompare(y.Id)) * direction;
    });
  const size = b.MaxResults ?? DEFAULT_MAX_RESULTS;
  const page = all.slice(offset, offset + size);
  const next = offset + page.length < all.length ? tokenFor(hash, offset + page.length) : undefined;
  return {
    ok: true,
    body: JSON.stringify({ Contacts: page.map(summaryOf), TotalCount: all.length, ...(next && { NextToken: next }) }),
  };
};
