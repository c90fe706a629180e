import { z } from 'zod';

/** A JSON value: an input field's new value as an event carries it. */
export type JsonValue = z.infer<ReturnType<typeof z.json>>;

/** One input field of a mutation and the value the client gave it. */
export interface ChangedField {
  field: string;
  value: JsonValue;
}

/**
 * One successful contact mutation, as every replica receives it. `changes` holds contact values
 * (customer data): events are delivered, never logged.
 */
export interface ContactChangeEvent {
  instanceId: string;
  contactId: string;
  /** The mutation, e.g. `updateContact`. */
  operation: string;
  changes: ChangedField[];
  /** When Connect answered the mutation, as an RFC 3339 string. */
  changedAt: string;
  /** The AWS request id of the Connect call. */
  requestId: string | null;
}

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

/**
 * The input fields a contact key is read from (`instanceId`, `contactId`, `initialContactId`…):
 * those `contactOf` reads. They name the contact in the event; every other given field is a change.
 */
export function keyFields<Input extends object>(
  contactOf: (input: Input) => unknown,
  input: Input,
): ReadonlySet<string> {
  const read = new Set<string>();
  contactOf(
    new Proxy(input, {
      get(target, property, receiver) {
        if (typeof property === 'string') read.add(property);
        return Reflect.get(target, property, receiver) as unknown;
      },
    }),
  );
  return read;
}

/** The given input fields but the key fields, with their values as sent. */
export function changedFields(input: object, keys: ReadonlySet<string>): ChangedField[] {
  return Object.entries(input)
    .filter(([field, value]) => !keys.has(field) && isGiven(value))
    .map(([field, value]) => ({ field, value: toJson(value) }));
}

/** What a replica accepts from Redis: anyone who can publish there must not reach a client with anything else. */
export const contactChangeEventSchema = z.object({
  instanceId: z.string().min(1).max(100),
  contactId: z.string().min(1).max(256),
  operation: z.string().regex(/^[a-z][A-Za-z0-9]{0,63}$/),
  changes: z.array(z.object({ field: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/), value: z.json() })).max(100),
  changedAt: z.iso.datetime({ offset: true }),
  requestId: z.string().max(256).nullable(),
}) satisfies z.ZodType<ContactChangeEvent>;
