import type { Contact as SdkContact } from '@aws-sdk/client-connect';
import type { GraphQLResolveInfo } from 'graphql';
import { DEFAULTS } from '../../config.ts';
import { runWithCallSignal } from '../../connect/call-signal.ts';
import { DESCRIBE_CONTACT, describeContact } from '../../connect/contacts.ts';
import { toError } from '../../connect/errors.ts';
import type { GatewayContext } from '../../context.ts';
import type { ContactChangeEvent, JsonValue } from '../../subscriptions/contact-change.ts';
import type { ContactRecord } from './contact.ts';
import { toEntityError } from './contact-entity.ts';
import { selectedFieldNames } from './selected-fields.ts';

/** A Contact field a change carries, and how its event value reads as DescribeContact's member. */
interface Carried {
  field: string;
  read: (value: JsonValue) => Partial<SdkContact> | undefined;
}

const text = (member: 'Name' | 'Description') => (value: JsonValue) =>
  typeof value === 'string' ? { [member]: value } : undefined;

/** Per mutation, the input fields whose value is the Contact field's new value. */
const CARRIED: Readonly<Record<string, Readonly<Record<string, Carried>>>> = {
  updateContact: {
    name: { field: 'name', read: text('Name') },
    description: { field: 'description', read: text('Description') },
  },
  updateContactSchedule: {
    scheduledTime: {
      field: 'scheduledTimestamp',
      read: (value) => (typeof value === 'string' ? { ScheduledTimestamp: new Date(value) } : undefined),
    },
  },
};

/** Fields every contact of an event has: its key, and the type name caches ask for. */
const ALWAYS = ['__typename', 'instanceId', 'id'];

/** The Contact fields the change carries, as a partial DescribeContact answer, and their names. */
function carriedBy(change: ContactChangeEvent): { contact: SdkContact; fields: Set<string> } {
  const contact: SdkContact = {};
  const fields = new Set(ALWAYS);
  if (change.source !== 'GATEWAY') return { contact, fields };
  const table = CARRIED[change.operation] ?? {};
  for (const { field, value } of change.changes) {
    const carried = table[field];
    const members = carried?.read(value);
    if (carried && members) {
      Object.assign(contact, members);
      fields.add(carried.field);
    }
  }
  return { contact, fields };
}

/** The caller the budget serves the shared reads as: every subscriber at once, not one of them. */
export const SUBSCRIPTIONS_CALLER = 'contactChanged';

/**
 * A Connect call that serves every subscriber of the replica, outside any subscriber's request: no
 * one's leaving (or long-passed deadline) may abort it, so it has a deadline of its own.
 */
export function sharedCall<Answer>(context: GatewayContext, call: () => Promise<Answer>): Promise<Answer> {
  const deadlineMs = context.config.deadlineMs > 0 ? context.config.deadlineMs : DEFAULTS.deadlineMs;
  return runWithCallSignal(AbortSignal.timeout(deadlineMs), call, performance.now() + deadlineMs);
}

/**
 * DescribeContact for one event, outside any subscriber's request: the read serves every subscriber
 * of the replica, so no one's leaving (or long-passed deadline) may abort it. It has a deadline of
 * its own and waits for DescribeContact's budget like any read.
 */
async function describeAfter(context: GatewayContext, change: ContactChangeEvent): Promise<SdkContact> {
  const key = { instanceId: change.instanceId, contactId: change.contactId };
  const describe = () =>
    sharedCall(context, () =>
      describeContact(context.connect, key, context.budget?.ticket(DESCRIBE_CONTACT, SUBSCRIPTIONS_CALLER)),
    ).catch(toError);
  // Through the read cache (CONNECT_READ_CACHE_SECONDS), so the replicas' later reads share it. A
  // change through the gateway dropped the entry before it was published; one of Connect's own
  // events is dropped here, since what changed is read from Connect.
  if (change.source === 'CONNECT') await context.readCache.invalidate(key);
  const [read] = await context.readCache.read([key], describe);
  if (read === undefined || read instanceof Error) throw read;
  return read;
}

/**
 * The contact after a change, for ContactChange.contact. Selected fields the change carries come
 * from the event; any other selected field reads the contact once per event on this replica
 * (`changes.readAfter`), shared by all of its subscribers, with the carried values over it.
 */
export async function contactAfter(
  change: ContactChangeEvent,
  context: GatewayContext,
  info: GraphQLResolveInfo,
): Promise<ContactRecord> {
  const record = (contact: SdkContact) => ({
    instanceId: change.instanceId,
    id: change.contactId,
    contact,
    after: change,
  });
  const carried = carriedBy(change);
  const needsRead = [...selectedFieldNames(info)].some((field) => !carried.fields.has(field));
  if (!needsRead) return record(carried.contact);
  try {
    const read = await context.changes.readAfter(change, 'contact', () => describeAfter(context, change));
    return record({ ...read, ...carried.contact });
  } catch (error) {
    throw toEntityError(error);
  }
}
