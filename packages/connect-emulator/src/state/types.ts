import type { Contact, Reference } from '@aws-sdk/client-connect';

/**
 * A stored contact: the SDK's own `Contact` shape (with `Date` timestamps,
 * exactly what DescribeContact returns) plus what Connect keeps elsewhere.
 */
export interface StoredContact {
  instanceId: string;
  contact: Contact & { Id: string; Arn: string };
  /** References are written by UpdateContact but not part of `Contact`. */
  references: Record<string, Reference>;
  /** Contact Lens external audio contact: only these accept QueueInfo/UserInfo/endpoint updates. */
  externalAudio: boolean;
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
}
