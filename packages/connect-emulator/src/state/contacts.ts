import { randomUUID } from 'node:crypto';
import type { Contact, Endpoint, Reference, SegmentAttributeValue } from '@aws-sdk/client-connect';
import type { ChainAttributes } from './chain-attributes.ts';
import { createChainAttributes } from './chain-attributes.ts';
import { deriveState } from './contact-state.ts';
import type { IdempotencyCache } from './idempotency.ts';
import { createIdempotencyCache } from './idempotency.ts';
import { keyMap } from './key-map.ts';
import type { Supervision } from './supervision.ts';
import { createSupervision } from './supervision.ts';
import { SYSTEM_TAG_INSTANCE_ID } from './tags.ts';
import type { NewContact, StoredContact } from './types.ts';

/** The subset of a contact that UpdateContact may change. */
export interface ContactPatch {
  Name?: string;
  Description?: string;
  References?: Record<string, Reference>;
  SegmentAttributes?: Record<string, SegmentAttributeValue>;
  QueueId?: string;
  UserId?: string;
  CustomerEndpoint?: Endpoint;
  SystemEndpoint?: Endpoint;
}

export interface ContactStore {
  readonly region: string;
  readonly accountId: string;
  addInstance(instanceId: string): void;
  hasInstance(instanceId: string): boolean;
  listInstances(): string[];
  /** Adds (or replaces) a contact; creates its instance if needed. */
  addContact(input: NewContact): StoredContact;
  getContact(instanceId: string, contactId: string): StoredContact | undefined;
  listContacts(instanceId?: string): StoredContact[];
  /** Applies a validated patch; returns undefined if the contact does not exist. */
  updateContact(instanceId: string, contactId: string, patch: ContactPatch, now?: Date): StoredContact | undefined;
  /** The segments of a contact chain: every contact whose InitialContactId is `initialContactId`. */
  chain(instanceId: string, initialContactId: string): StoredContact[];
  /** User-defined attributes, one map per contact chain. */
  readonly attributes: ChainAttributes;
  /** TransferContact's client tokens. */
  readonly transferTokens: IdempotencyCache;
  /** Recordings, monitor tokens, agent-side states and dismissals (state/supervision.ts). */
  readonly supervision: Supervision;
  /** StartTaskContact's client tokens. */
  readonly taskTokens: IdempotencyCache;
  /** Removes every instance, contact, attribute and client token. */
  clear(): void;
}

export interface StoreOptions {
  region?: string;
  accountId?: string;
}

/** Creates an empty in-memory contact store (instance id -> contact id -> contact). */
export function createStore(options: StoreOptions = {}): ContactStore {
  const region = options.region ?? 'us-east-1';
  const accountId = options.accountId ?? '123456789012';
  const instances = new Map<string, Map<string, StoredContact>>();
  const attributes = createChainAttributes();
  const transferTokens = createIdempotencyCache();
  const supervision = createSupervision();
  const taskTokens = createIdempotencyCache();

  const contactsOf = (instanceId: string): Map<string, StoredContact> => {
    let contacts = instances.get(instanceId);
    if (!contacts) {
      contacts = new Map();
      instances.set(instanceId, contacts);
    }
    return contacts;
  };

  return {
    region,
    accountId,
    addInstance: (instanceId) => void contactsOf(instanceId),
    hasInstance: (instanceId) => instances.has(instanceId),
    listInstances: () => [...instances.keys()],
    addContact(input) {
      const id = input.contactId ?? input.contact?.Id ?? randomUUID();
      const now = new Date();
      const arn = `arn:aws:connect:${region}:${accountId}:instance/${input.instanceId}/contact/${id}`;
      const { QueuePriority, Attributes, ...given }: Contact = input.contact ?? {};
      // Arn and Id first, so DescribeContact output reads like the service's.
      const contact: StoredContact['contact'] = Object.assign(
        {
          Arn: arn,
          Id: id,
          InitialContactId: id,
          Channel: 'VOICE' as const,
          InitiationMethod: 'INBOUND' as const,
          InitiationTimestamp: now,
          LastUpdateTimestamp: now,
        },
        given,
        { Id: id, Arn: arn, InitialContactId: given.InitialContactId ?? id },
      );
      // Connect tags every contact with its instance; the tag cannot be changed through the API.
      if (input.systemTags ?? true) contact.Tags = keyMap({ [SYSTEM_TAG_INSTANCE_ID]: input.instanceId }, contact.Tags);
      else if (contact.Tags) contact.Tags = keyMap(contact.Tags);
      if (contact.SegmentAttributes) contact.SegmentAttributes = keyMap(contact.SegmentAttributes);
      const state = input.state ?? deriveState(contact);
      const stored: StoredContact = {
        instanceId: input.instanceId,
        contact,
        references: keyMap(input.references),
        externalAudio: input.externalAudio ?? false,
        state,
      };
      if (state === 'paused') stored.resumeTo = contact.AgentInfo || !contact.QueueInfo ? 'connected' : 'queued';
      if (QueuePriority !== undefined) stored.queuePriority = BigInt(Math.trunc(QueuePriority));
      const chainAttributes = keyMap(Attributes, input.attributes);
      if (Object.keys(chainAttributes).length > 0)
        attributes.merge(input.instanceId, contact.InitialContactId, chainAttributes);
      contactsOf(input.instanceId).set(id, stored);
      return stored;
    },
    getContact: (instanceId, contactId) => instances.get(instanceId)?.get(contactId),
    listContacts(instanceId) {
      const maps = instanceId === undefined ? [...instances.values()] : [instances.get(instanceId)];
      return maps.flatMap((m) => (m ? [...m.values()] : []));
    },
    updateContact(instanceId, contactId, patch, now = new Date()) {
      const stored = instances.get(instanceId)?.get(contactId);
      if (!stored) return undefined;
      applyPatch(stored, patch);
      stored.contact.LastUpdateTimestamp = now;
      return stored;
    },
    chain(instanceId, initialContactId) {
      return [...(instances.get(instanceId)?.values() ?? [])].filter(
        (c) => c.contact.InitialContactId === initialContactId,
      );
    },
    attributes,
    transferTokens,
    supervision,
    taskTokens,
    clear() {
      instances.clear();
      attributes.clear();
      transferTokens.clear();
      supervision.clear();
      taskTokens.clear();
    },
  };
}

// UpdateContact adds or updates: maps are merged key by key, scalars replaced.
function applyPatch(stored: StoredContact, patch: ContactPatch): void {
  const c = stored.contact;
  if (patch.Name !== undefined) c.Name = patch.Name;
  if (patch.Description !== undefined) c.Description = patch.Description;
  if (patch.References) stored.references = keyMap(stored.references, patch.References);
  if (patch.SegmentAttributes) c.SegmentAttributes = keyMap(c.SegmentAttributes, patch.SegmentAttributes);
  if (patch.QueueId !== undefined) c.QueueInfo = { ...c.QueueInfo, Id: patch.QueueId };
  if (patch.UserId !== undefined) c.AgentInfo = { ...c.AgentInfo, Id: patch.UserId };
  if (patch.CustomerEndpoint) c.CustomerEndpoint = { ...c.CustomerEndpoint, ...patch.CustomerEndpoint };
  if (patch.SystemEndpoint) c.SystemEndpoint = { ...c.SystemEndpoint, ...patch.SystemEndpoint };
}
