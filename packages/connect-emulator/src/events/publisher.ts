import type { RequestIds } from '../operations/operation.ts';
import type { OperationName } from '../routes.ts';
import type { QueueRegistry } from '../sqs/queues.ts';
import type { ContactStore } from '../state/contacts.ts';
import type { StoredContact } from '../state/types.ts';
import type { ContactEventType } from './contact-event.ts';
import { contactEvent } from './contact-event.ts';

type Body = Readonly<Record<string, unknown>>;

/**
 * What each state-changing operation tells EventBridge, as STATE_TABLE says what it may do.
 * Connect sends CONTACT_DATA_UPDATED when the scheduled timestamp, user-defined attributes, tags,
 * segment attributes or routing criteria change, naming them in `updatedProperties`; the emulator
 * also sends it for UpdateContact's other members (no documented name: the member's). A change of
 * QueuePriority or QueueTimeAdjustmentSeconds alone is not in that list and sends nothing.
 */
const UPDATED_PROPERTIES: Partial<Record<OperationName, (body: Body) => string[]>> = {
  UpdateContact: (b) =>
    [
      ['Name', 'Name'],
      ['Description', 'Description'],
      ['References', 'References'],
      ['SegmentAttributes', 'SegmentAttributes'],
      ['QueueInfo', 'QueueInfo'],
      ['UserInfo', 'AgentInfo'],
      ['CustomerEndpoint', 'CustomerEndpoint'],
      ['SystemEndpoint', 'SystemEndpoint'],
    ]
      .filter(([member]) => b[member as string] != null)
      .map(([, property]) => property as string),
  UpdateContactAttributes: () => ['UserDefinedAttributes'],
  TagContact: () => ['Tags'],
  UntagContact: () => ['Tags'],
  UpdateContactSchedule: () => ['ScheduledTimestamp'],
  UpdateContactRoutingData: (b) => (b.RoutingCriteria != null ? ['RoutingCriteria'] : []),
};

export interface ContactEventPublisher {
  /** The queue contact events go to; undefined (the default) sends none. */
  queueName: string | undefined;
  /** Sends one event about a stored contact; false when events are off or the queue is gone. */
  publish(eventType: ContactEventType, contact: StoredContact, updatedProperties?: readonly string[]): boolean;
  /**
   * Called before a Connect operation runs; the answer is called once it succeeded, with the
   * request body and the answer's body, and sends the events it caused.
   */
  observe(operation: OperationName, ids: RequestIds): (body: Body, answer: string) => void;
}

export interface PublisherOptions {
  store: ContactStore;
  queues: QueueRegistry;
  clock(): Date;
  queueName?: string;
}

const NOTHING = (): void => {};

export function createContactEventPublisher(options: PublisherOptions): ContactEventPublisher {
  const { store, queues, clock } = options;
  const publisher: ContactEventPublisher = {
    queueName: options.queueName,
    publish(eventType, contact, updatedProperties) {
      const queue = publisher.queueName === undefined ? undefined : queues.byName(publisher.queueName);
      if (!queue) return false;
      const time = clock();
      const envelope = contactEvent({
        eventType,
        contact,
        region: store.region,
        accountId: store.accountId,
        time,
        updatedProperties,
      });
      queue.send({ body: JSON.stringify(envelope) }, time.getTime());
      return true;
    },
    observe(operation, ids) {
      if (publisher.queueName === undefined || ids.instanceId === undefined || ids.contactId === undefined)
        return NOTHING;
      const { instanceId, contactId } = ids;
      // A TransferContact answered from its ClientToken again starts no new segment: count them.
      const contactsBefore = operation === 'TransferContact' ? store.listContacts(instanceId).length : 0;
      // The emulator has no After Contact Work: COMPLETED follows DISCONNECTED "immediately ... with
      // the same data", as Connect sends it for a contact without ACW.
      const ended = (contact: StoredContact): void => {
        publisher.publish('DISCONNECTED', contact);
        publisher.publish('COMPLETED', contact);
      };
      return (body, answer) => {
        const contact = store.getContact(instanceId, contactId);
        if (!contact) return;
        const properties = UPDATED_PROPERTIES[operation]?.(body);
        if (properties) {
          if (properties.length > 0) publisher.publish('CONTACT_DATA_UPDATED', contact, properties);
        } else if (operation === 'PauseContact') publisher.publish('PAUSED', contact);
        else if (operation === 'ResumeContact') publisher.publish('RESUMED', contact);
        else if (operation === 'StopContact') ended(contact);
        else if (operation === 'TransferContact' && store.listContacts(instanceId).length > contactsBefore) {
          const next = store.getContact(instanceId, (JSON.parse(answer) as { ContactId: string }).ContactId);
          ended(contact);
          if (!next) return;
          // "INITIATED - A voice call, chat, task, or email is initiated or transferred", then it waits.
          publisher.publish('INITIATED', next);
          publisher.publish('QUEUED', next);
        }
      };
    },
  };
  return publisher;
}
