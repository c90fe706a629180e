import type { Contact } from '@aws-sdk/client-connect';
import { z } from 'zod';
import type { ContactKey } from '../contacts.ts';
import { isRejected, parseStored, type RejectReason } from './stored-value.ts';

/** A Date as JSON keeps it: `{"$date": milliseconds}`, so it comes back a Date, not a string. */
const DATE_TAG = '$date';

const text = z.string().optional();
const count = z.number().finite().optional();
const when = z.date().optional();
const part = z.looseObject({}).optional();
const stringMap = z.record(z.string(), z.string()).optional();

/**
 * The fields of DescribeContact's Contact the gateway reads, typed; its nested parts are checked to
 * be objects or lists (their own fields go through GraphQL's serializers, which refuse a wrong type
 * with a field error). Unknown members are kept, as the SDK keeps them.
 */
const contactSchema = z.looseObject({
  Id: z.string(),
  Arn: text,
  InitialContactId: text,
  PreviousContactId: text,
  RelatedContactId: text,
  ContactAssociationId: text,
  InitiationMethod: text,
  Name: text,
  Description: text,
  Channel: text,
  CustomerId: text,
  DisconnectReason: text,
  AnsweringMachineDetectionStatus: text,
  InitiationTimestamp: when,
  DisconnectTimestamp: when,
  LastUpdateTimestamp: when,
  LastPausedTimestamp: when,
  LastResumedTimestamp: when,
  RingStartTimestamp: when,
  ScheduledTimestamp: when,
  ConnectedToSystemTimestamp: when,
  TotalPauseCount: count,
  TotalPauseDurationInSeconds: count,
  QueueTimeAdjustmentSeconds: count,
  QueuePriority: count,
  Tags: stringMap,
  Attributes: stringMap,
  QueueInfo: part,
  AgentInfo: part,
  WisdomInfo: part,
  CustomerEndpoint: part,
  SystemEndpoint: part,
  RoutingCriteria: part,
  Customer: part,
  Campaign: part,
  SegmentAttributes: z.record(z.string(), z.looseObject({})).optional(),
  TaskTemplateInfo: part,
  Recordings: z.array(z.looseObject({})).optional(),
  NextContacts: z.array(z.looseObject({})).optional(),
});

/** Connect's answer as the cache stores it: JSON, with its Dates tagged. */
export function encodeContact(contact: Contact): string {
  return JSON.stringify(contact, function (this: Record<string, unknown>, key, value: unknown) {
    // JSON.stringify has already turned a Date into a string here: the holder still has the Date.
    const raw = this[key];
    return raw instanceof Date ? { [DATE_TAG]: raw.getTime() } : value;
  });
}

const isDateTag = (value: unknown): value is { [DATE_TAG]: number } =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === 1 &&
  typeof (value as Record<string, unknown>)[DATE_TAG] === 'number';

const reviveDates = (_key: string, value: unknown) => {
  if (!isDateTag(value)) return value;
  const date = new Date(value[DATE_TAG]);
  return Number.isNaN(date.getTime()) ? value : date;
};

/** A stored value back as Connect's answer for `key` (the contact asked for), or why it is not one. */
export function decodeContact(text: string, key: ContactKey, maxBytes: number): Contact | RejectReason {
  const parsed = parseStored(text, maxBytes, reviveDates);
  if (isRejected(parsed)) return parsed;
  const checked = contactSchema.safeParse(parsed);
  if (!checked.success || checked.data.Id !== key.contactId) return 'malformed';
  return checked.data as Contact;
}
