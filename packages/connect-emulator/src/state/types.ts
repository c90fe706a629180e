import type { Contact, Reference } from '@aws-sdk/client-connect';
import type { ContactState, ResumableState } from './contact-state.ts';

/**
 * A stored contact: the SDK's own `Contact` shape (with `Date` timestamps,
 * exactly what DescribeContact returns) plus what Connect keeps elsewhere.
 */
export interface StoredContact {
  instanceId: string;
  /** `Attributes` is not kept here: attributes belong to the chain (`store.attributes`). */
  contact: Contact & { Id: string; Arn: string; InitialContactId: string };
  /** References are written by UpdateContact but not part of `Contact`. */
  references: Record<string, Reference>;
  /** Contact Lens external audio contact: only these accept QueueInfo/UserInfo/endpoint updates. */
  externalAudio: boolean;
  /** Where the contact is in its life (state/contact-state.ts says what each state accepts). */
  state: ContactState;
  /** A paused task goes back to this state when resumed (a queued task is dequeued while paused). */
  resumeTo?: ResumableState;
  /**
   * QueuePriority exactly: a long up to 2^63-1, beyond a JS number's precision. DescribeContact
   * writes it as JSON digits; `contact.QueuePriority` is never set on a stored contact.
   */
  queuePriority?: bigint;
}

/** Input for adding a contact programmatically (tests, seed, control API). */
export interface NewContact {
  instanceId: string;
  /** Defaults to a random UUID. */
  contactId?: string;
  /** Any other `Contact` members (Channel, Name, timestamps as `Date`, ...). */
  contact?: Contact;
  references?: Record<string, Reference>;
  externalAudio?: boolean;
  /** Default: derived from the timestamps (see `deriveState`). */
  state?: ContactState;
  /** Merged into the attributes of the contact's chain (its InitialContactId). */
  attributes?: Record<string, string>;
  /**
   * Add Connect's system tag `aws:connect:instanceId` (default true). The three original seed
   * contacts opt out so their tags read as they always have.
   */
  systemTags?: boolean;
}
