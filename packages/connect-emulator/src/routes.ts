import { handleAssociateContactWithUser } from './operations/associate-contact-with-user.ts';
import { handleDescribeContact } from './operations/describe-contact.ts';
import { handleDismissUserContact } from './operations/dismiss-user-contact.ts';
import { handleGetContactAttributes } from './operations/get-contact-attributes.ts';
import { handleGetContactMetrics } from './operations/get-contact-metrics.ts';
import { handleListContactReferences } from './operations/list-contact-references.ts';
import { handleMonitorContact } from './operations/monitor-contact.ts';
import type { Operation } from './operations/operation.ts';
import { defineOperation, idsFromBody, idsFromLabels } from './operations/operation.ts';
import { handlePauseContact } from './operations/pause-contact.ts';
import { handleResumeContact } from './operations/resume-contact.ts';
import { handleResumeContactRecording } from './operations/resume-contact-recording.ts';
import { handleSearchContacts } from './operations/search-contacts.ts';
import { handleStartContactRecording } from './operations/start-contact-recording.ts';
import { handleStartTaskContact } from './operations/start-task-contact.ts';
import { handleStopContact } from './operations/stop-contact.ts';
import { handleStopContactRecording } from './operations/stop-contact-recording.ts';
import { handleSuspendContactRecording } from './operations/suspend-contact-recording.ts';
import { handleTagContact } from './operations/tag-contact.ts';
import { handleTransferContact } from './operations/transfer-contact.ts';
import { handleUntagContact } from './operations/untag-contact.ts';
import { handleUpdateContact } from './operations/update-contact.ts';
import { handleUpdateContactAttributes } from './operations/update-contact-attributes.ts';
import { handleUpdateContactRoutingData } from './operations/update-contact-routing-data.ts';
import { handleUpdateContactSchedule } from './operations/update-contact-schedule.ts';

// Connect's default for the operations without their own row in its API throttling quotas: 2/s, burst 5.
const SUPERVISION_QUOTA = { ratePerSecond: 2, burst: 5 } as const;

/**
 * Every Connect operation the emulator speaks: method and path template as in Connect's service
 * model, where its ids are (for fault filters), its request-rate quota, and the handler. Adding an
 * operation is one handler in operations/ and one row here.
 */
export const OPERATIONS = [
  defineOperation({
    name: 'UpdateContact',
    method: 'POST',
    path: '/contacts/{InstanceId}/{ContactId}',
    body: 'json',
    handler: handleUpdateContact,
  }),
  defineOperation({
    name: 'DescribeContact',
    method: 'GET',
    path: '/contacts/{InstanceId}/{ContactId}',
    handler: handleDescribeContact,
  }),
  defineOperation({
    name: 'UpdateContactAttributes',
    method: 'POST',
    path: '/contact/attributes',
    body: 'json',
    quota: { ratePerSecond: 10, burst: 15 },
    ids: idsFromBody('InitialContactId'),
    handler: handleUpdateContactAttributes,
  }),
  defineOperation({
    name: 'GetContactAttributes',
    method: 'GET',
    path: '/contact/attributes/{InstanceId}/{InitialContactId}',
    quota: { ratePerSecond: 10, burst: 15 },
    ids: idsFromLabels('InitialContactId'),
    handler: handleGetContactAttributes,
  }),
  defineOperation({
    name: 'ListContactReferences',
    method: 'GET',
    path: '/contact/references/{InstanceId}/{ContactId}',
    // Not listed by name on Connect's quotas page: "all other API requests", 2/s, burst 5.
    quota: { ratePerSecond: 2, burst: 5 },
    handler: handleListContactReferences,
  }),
  defineOperation({
    name: 'TagContact',
    method: 'POST',
    path: '/contact/tags',
    body: 'json',
    quota: { ratePerSecond: 20, burst: 25 },
    ids: idsFromBody(),
    handler: handleTagContact,
  }),
  defineOperation({
    name: 'UntagContact',
    method: 'DELETE',
    path: '/contact/tags/{InstanceId}/{ContactId}',
    quota: { ratePerSecond: 20, burst: 25 },
    handler: handleUntagContact,
  }),
  defineOperation({
    name: 'UpdateContactRoutingData',
    method: 'POST',
    path: '/contacts/{InstanceId}/{ContactId}/routing-data',
    body: 'json',
    // Only the rate is given for this one; the burst is the emulator's choice (as for the other 20/s rows).
    quota: { ratePerSecond: 20, burst: 25 },
    handler: handleUpdateContactRoutingData,
  }),
  defineOperation({
    name: 'UpdateContactSchedule',
    method: 'POST',
    path: '/contact/schedule',
    body: 'json',
    quota: { ratePerSecond: 2, burst: 5 },
    ids: idsFromBody(),
    handler: handleUpdateContactSchedule,
  }),
  defineOperation({
    name: 'PauseContact',
    method: 'POST',
    path: '/contact/pause',
    body: 'json',
    quota: { ratePerSecond: 2, burst: 5 },
    ids: idsFromBody(),
    handler: handlePauseContact,
  }),
  defineOperation({
    name: 'ResumeContact',
    method: 'POST',
    path: '/contact/resume',
    body: 'json',
    quota: { ratePerSecond: 2, burst: 5 },
    ids: idsFromBody(),
    handler: handleResumeContact,
  }),
  defineOperation({
    name: 'TransferContact',
    method: 'POST',
    path: '/contact/transfer',
    body: 'json',
    quota: { ratePerSecond: 2, burst: 5 },
    ids: idsFromBody(),
    handler: handleTransferContact,
  }),
  defineOperation({
    name: 'StopContact',
    method: 'POST',
    path: '/contact/stop',
    body: 'json',
    quota: { ratePerSecond: 10, burst: 15 },
    ids: idsFromBody(),
    handler: handleStopContact,
  }),
  defineOperation({
    name: 'StartContactRecording',
    method: 'POST',
    path: '/contact/start-recording',
    body: 'json',
    quota: SUPERVISION_QUOTA,
    ids: idsFromBody(),
    handler: handleStartContactRecording,
  }),
  defineOperation({
    name: 'SuspendContactRecording',
    method: 'POST',
    path: '/contact/suspend-recording',
    body: 'json',
    quota: SUPERVISION_QUOTA,
    ids: idsFromBody(),
    handler: handleSuspendContactRecording,
  }),
  defineOperation({
    name: 'ResumeContactRecording',
    method: 'POST',
    path: '/contact/resume-recording',
    body: 'json',
    quota: SUPERVISION_QUOTA,
    ids: idsFromBody(),
    handler: handleResumeContactRecording,
  }),
  defineOperation({
    name: 'StopContactRecording',
    method: 'POST',
    path: '/contact/stop-recording',
    body: 'json',
    quota: SUPERVISION_QUOTA,
    ids: idsFromBody(),
    handler: handleStopContactRecording,
  }),
  defineOperation({
    name: 'MonitorContact',
    method: 'POST',
    path: '/contact/monitor',
    body: 'json',
    quota: SUPERVISION_QUOTA,
    ids: idsFromBody(),
    handler: handleMonitorContact,
  }),
  defineOperation({
    name: 'AssociateContactWithUser',
    method: 'POST',
    path: '/contacts/{InstanceId}/{ContactId}/associate-user',
    body: 'json',
    quota: SUPERVISION_QUOTA,
    handler: handleAssociateContactWithUser,
  }),
  defineOperation({
    name: 'DismissUserContact',
    method: 'POST',
    path: '/users/{InstanceId}/{UserId}/contact',
    body: 'json',
    quota: SUPERVISION_QUOTA,
    // The contact is in the body, the instance in the path.
    ids: ({ labels, body }) => ({
      instanceId: labels.InstanceId,
      contactId: idsFromBody()({ labels, body }).contactId,
    }),
    handler: handleDismissUserContact,
  }),
  defineOperation({
    name: 'GetContactMetrics',
    method: 'POST',
    path: '/metrics/contact',
    body: 'json',
    quota: SUPERVISION_QUOTA,
    ids: idsFromBody(),
    handler: handleGetContactMetrics,
  }),
  defineOperation({
    name: 'StartTaskContact',
    method: 'PUT',
    path: '/contact/task',
    body: 'json',
    quota: { ratePerSecond: 2, burst: 5 },
    ids: idsFromBody(),
    handler: handleStartTaskContact,
  }),
  defineOperation({
    name: 'SearchContacts',
    method: 'POST',
    path: '/search-contacts',
    body: 'json',
    quota: { ratePerSecond: 0.5, burst: 1 },
    ids: idsFromBody(),
    handler: handleSearchContacts,
  }),
] as const;

/** The Connect operations the emulator speaks. */
export type OperationName = (typeof OPERATIONS)[number]['name'];
export const OPERATION_NAMES: readonly OperationName[] = OPERATIONS.map((o) => o.name);

/** Control API prefix: `_` is not a valid first segment of any Connect path. */
export const CONTROL_PREFIX = '/_emulator';

export type Labels = Readonly<Record<string, string>>;

export type Route =
  | { kind: 'connect'; operation: Operation<OperationName>; labels: Labels; query: URLSearchParams }
  | { kind: 'control'; segments: string[]; query: URLSearchParams }
  /** `labels` when the path is an operation's but the method is not. */
  | { kind: 'unknown'; labels?: Labels };

type Segment = string | { label: string };

// Templates split once: a literal segment, or `{Name}` for a label.
const TABLE = OPERATIONS.map((operation) => ({
  operation,
  segments: operation.path
    .split('/')
    .slice(1)
    .map((s): Segment => (s.startsWith('{') && s.endsWith('}') ? { label: s.slice(1, -1) } : s)),
}));

// The SDK URI-encodes each label, so one label is exactly one raw segment;
// decode it once and never normalise (`..` stays a literal id).
function decodeLabel(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

function matchPath(template: readonly Segment[], parts: readonly string[]): Labels | undefined {
  if (parts.length !== template.length) return undefined;
  const labels: Record<string, string> = {};
  for (const [i, segment] of template.entries()) {
    const part = parts[i] ?? '';
    if (typeof segment === 'string') {
      if (part !== segment) return undefined;
      continue;
    }
    const value = decodeLabel(part);
    if (value === undefined) return undefined;
    labels[segment.label] = value;
  }
  return labels;
}

/** Maps a method and raw request target to a Connect operation, a control route, or nothing. */
export function parseRoute(method: string | undefined, rawUrl: string | undefined): Route {
  const url = rawUrl ?? '/';
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const query = new URLSearchParams(q === -1 ? '' : url.slice(q + 1));
  if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
    const segments = path
      .slice(CONTROL_PREFIX.length)
      .split('/')
      .filter(Boolean)
      .map((s) => decodeLabel(s) ?? s);
    return { kind: 'control', segments, query };
  }
  if (!path.startsWith('/')) return { kind: 'unknown' };
  const parts = path.split('/').slice(1);
  let samePath: Labels | undefined;
  for (const { operation, segments } of TABLE) {
    const labels = matchPath(segments, parts);
    if (!labels) continue;
    if (operation.method === method) return { kind: 'connect', operation, labels, query };
    samePath ??= labels;
  }
  return { kind: 'unknown', labels: samePath };
}
