import type {
  ChangedField,
  ContactChangeEvent,
  ContactChangeSource as Source,
} from '../../subscriptions/contact-change.ts';
import { builder } from '../builder.ts';
import { JSONResolver } from '../scalars.ts';
import { Contact } from './contact.ts';
import { contactAfter } from './contact-after-change.ts';

builder.addScalarType('JSON', JSONResolver, {
  description: 'Any JSON value: a string, number, boolean, null, list or object.',
});

export const ContactFieldChange = builder.objectRef<ChangedField>('ContactFieldChange').implement({
  description:
    'One input field of the mutation and the value it was given, as the client sent it. One type for every mutation, whatever its input: `field` names the input field, `value` carries its value as JSON.',
  fields: (t) => ({
    field: t.exposeString('field', {
      description:
        "The input field's name in the mutation's input type, e.g. `name`, `references`, `attributes`, `tags`, `queuePriority`.",
    }),
    value: t.field({
      type: 'JSON',
      description:
        'The value as sent: strings, numbers and booleans as given; lists and input objects as JSON arrays and objects with the input field names (`references` → `[{ "key", "type", "value" }]`); a DateTime as an RFC 3339 string; a Long as a string of digits.',
      resolve: (change) => change.value,
    }),
  }),
});

const ContactChangeSourceEnum = builder.enumType('ContactChangeSource', {
  description: 'Where a contact change comes from.',
  values: {
    GATEWAY: {
      value: 'GATEWAY',
      description: 'A mutation of this API succeeded: `operation` names it and `changes` lists what it sent.',
    },
    CONNECT: {
      value: 'CONNECT',
      description:
        "One of Amazon Connect's own contact events (e.g. a contact connected to an agent): `eventType` names it; `operation` is null and `changes` empty. Sent when the gateway reads a queue of Connect's contact events (EventBridge to SQS); `echoOf` names the gateway change a `CONTACT_DATA_UPDATED` echoes.",
    },
  } as const satisfies Record<Source, { value: Source; description: string }>,
});

export const ContactChange = builder.objectRef<ContactChangeEvent>('ContactChange').implement({
  description:
    "A change of a contact, through any replica of the gateway: a mutation that succeeded (source GATEWAY) or one of Connect's own contact events (source CONNECT). Select `contact { instanceId id ... }` and a normalised client cache (Apollo Client, urql Graphcache) updates that contact from the event alone.",
  fields: (t) => ({
    source: t.field({
      type: ContactChangeSourceEnum,
      description: 'Where the change comes from: a mutation of this API, or Amazon Connect.',
      resolve: (change) => change.source,
    }),
    eventType: t.string({
      nullable: true,
      description:
        "Connect's contact event type (e.g. `CONNECTED_TO_AGENT`, `DISCONNECTED`) for source CONNECT; null for source GATEWAY.",
      resolve: (change) => (change.source === 'CONNECT' ? change.eventType : null),
    }),
    echoOf: t.string({
      nullable: true,
      description:
        "For source CONNECT: the `requestId` of the change made through this API (source GATEWAY) that this event echoes, when it is a `CONTACT_DATA_UPDATED` of the same contact that came within 5 seconds of that mutation and every property it names (`updatedProperties`) was changed by it. A client that applied the GATEWAY event may skip it. Null for everything else, including Connect's changes not made through this API; an echo that came later, or while Redis could not answer, is not marked.",
      resolve: (change) => (change.source === 'CONNECT' ? change.echoOf : null),
    }),
    instanceId: t.exposeID('instanceId', { description: 'The Connect instance id.' }),
    contactId: t.exposeID('contactId', {
      description: 'The contact the change is about (for updateContactAttributes, its `initialContactId`).',
    }),
    operation: t.string({
      nullable: true,
      description:
        'The mutation that made the change, e.g. `updateContact`, `tagContact`, `transferContact`; null for source CONNECT.',
      resolve: (change) => (change.source === 'GATEWAY' ? change.operation : null),
    }),
    changes: t.field({
      type: [ContactFieldChange],
      description:
        "The mutation's input fields that events carry (docs/security.md lists them per mutation), each with its new value as sent: never the ids that name the contact, idempotency tokens, or flow, queue and user ids a read of the contact does not show. Fields omitted or null were left unchanged and are not listed, nor are empty lists. Empty for source CONNECT.",
      resolve: (change) => (change.source === 'GATEWAY' ? change.changes : []),
    }),
    contact: t.field({
      type: Contact,
      nullable: true,
      // Explicit, though subscribing needs contacts:read already: the field shows the contact as a read does.
      authScopes: { 'contacts:read': true },
      description:
        "The contact after the change, keyed by `instanceId id` so that normalised client caches merge it. Fields the change carries (`name` and `description` of updateContact, `scheduledTimestamp` of updateContactSchedule) and the key come from the event; any other selected field reads the contact from Connect (DescribeContact) once per event on each gateway replica, shared by all of its subscribers, within DescribeContact's quota budget. Null, with an error, when that read fails.",
      resolve: (change, _args, context, info) => contactAfter(change, context, info),
    }),
    changedAt: t.field({
      type: 'DateTime',
      description:
        "When the change happened: when Connect answered the mutation, by the clock of the gateway replica that sent it; for source CONNECT, Connect's event time.",
      resolve: (change) => new Date(change.changedAt),
    }),
    requestId: t.string({
      nullable: true,
      description: 'The AWS request id of the Connect call; null for source CONNECT.',
      resolve: (change) => (change.source === 'GATEWAY' ? change.requestId : null),
    }),
  }),
});
