import { z } from 'zod';

/** A JSON value: an input field's new value as an event carries it. */
export type JsonValue = z.infer<ReturnType<typeof z.json>>;

/** One input field of a mutation and the value the client gave it. */
export interface ChangedField {
  field: string;
  value: JsonValue;
}

/** Where a change comes from: a mutation of this gateway, or Amazon Connect's own contact events. */
export type ContactChangeSource = 'GATEWAY' | 'CONNECT';

interface ChangeOfContact {
  instanceId: string;
  contactId: string;
  /** When the change happened, as an RFC 3339 string. */
  changedAt: string;
}

/**
 * One successful contact mutation of this gateway, as every replica receives it. `changes` holds
 * contact values (customer data): events are delivered, never logged.
 */
export interface GatewayChangeEvent extends ChangeOfContact {
  source: 'GATEWAY';
  /** The mutation, e.g. `updateContact`. */
  operation: string;
  /** The input fields the operation declares as event fields (`events: 'change'`), as sent. */
  changes: ChangedField[];
  /** The AWS request id of the Connect call. */
  requestId: string | null;
}

/**
 * One of Amazon Connect's own contact events (EventBridge), for a consumer yet to come: its event
 * type (e.g. `CONNECTED_TO_AGENT`) and, as `changedAt`, Connect's event time. It names the contact
 * only; what changed is read from Connect.
 */
export interface ConnectChangeEvent extends ChangeOfContact {
  source: 'CONNECT';
  eventType: string;
  /**
   * For a CONTACT_DATA_UPDATED that echoes a change made through the gateway just before (same
   * contact, its properties all changed by that mutation, within the echo window): that change's
   * AWS request id. Null otherwise.
   */
  echoOf: string | null;
}

export type ContactChangeEvent = GatewayChangeEvent | ConnectChangeEvent;

/**
 * How one input field of a mutation shows in its change event. `key`: it names the contact (the
 * event's instanceId and contactId). `change`: listed in `changes` with its value as sent.
 * `withheld`: never in an event, e.g. an idempotency token, or an id no read of the contact shows.
 */
export type EventFieldRule = 'key' | 'change' | 'withheld';

/** A rule for every input field of an operation, optional ones included, so each new field is decided. */
export type EventFields<Input> = { readonly [Field in keyof Input & string]-?: EventFieldRule };

/** Whether a client gave a field: present, not null, and not an empty list (which operations read as "unchanged"). */
export const isGiven = (value: unknown): boolean => value != null && !(Array.isArray(value) && value.length === 0);

/** An input value as JSON, as the schema's scalars write it: DateTime as RFC 3339, Long as its digits. */
function toJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, toJson(v)]),
    );
  return String(value);
}

/** The given input fields declared `change`, with their values as sent; nothing else of the input. */
export function changedFields<Input extends object>(input: Input, rules: EventFields<Input>): ChangedField[] {
  return Object.entries(input)
    .filter(([field, value]) => rules[field as keyof EventFields<Input>] === 'change' && isGiven(value))
    .map(([field, value]) => ({ field, value: toJson(value) }));
}

const ofContact = {
  instanceId: z.string().min(1).max(100),
  contactId: z.string().min(1).max(256),
  changedAt: z.iso.datetime({ offset: true }),
};

const gatewayChangeSchema = z.object({
  source: z.literal('GATEWAY'),
  ...ofContact,
  operation: z.string().regex(/^[a-z][A-Za-z0-9]{0,63}$/),
  changes: z.array(z.object({ field: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/), value: z.json() })).max(100),
  requestId: z.string().max(256).nullable(),
});

const connectChangeSchema = z.object({
  source: z.literal('CONNECT'),
  ...ofContact,
  eventType: z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/),
  // Absent from the events of replicas of an earlier version (a rolling deployment).
  echoOf: z.string().max(256).nullable().default(null),
});

/**
 * What a replica accepts from Redis: anyone who can publish there must not reach a client with
 * anything else. A message without `source` comes from a replica of an earlier version (a rolling
 * deployment), whose every event was a mutation of the gateway.
 */
export const contactChangeEventSchema = z.preprocess(
  (value) =>
    typeof value === 'object' && value !== null && !('source' in value) ? { ...value, source: 'GATEWAY' } : value,
  z.discriminatedUnion('source', [gatewayChangeSchema, connectChangeSchema]),
) satisfies z.ZodType<ContactChangeEvent>;
