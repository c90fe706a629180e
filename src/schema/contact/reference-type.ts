import { ReferenceStatus as SdkReferenceStatus, ReferenceType as SdkReferenceType } from '@aws-sdk/client-connect';
import { builder } from '../builder.ts';

// Typed by the SDK's union: a value added by an SDK update fails the type check until described here.
const VALUE_DESCRIPTIONS: Record<SdkReferenceType, string> = {
  URL: 'A link: the value is a URL that the agent can open from the Contact Control Panel (CCP).',
  ATTACHMENT: 'A file attached to the contact; the value identifies the uploaded file.',
  CONTACT_ANALYSIS: 'A Contact Lens analysis of the contact.',
  NUMBER: 'A number, shown to the agent.',
  STRING: 'Free text, shown to the agent.',
  DATE: 'A date and time; Connect requires the value to be an epoch timestamp.',
  EMAIL: 'An email address.',
  EMAIL_MESSAGE: 'An email message of an email contact.',
  EMAIL_MESSAGE_PLAIN_TEXT: 'The plain-text version of an email message of an email contact.',
  EMAIL_MESSAGE_REDACTED: 'An email message of an email contact, with sensitive data redacted.',
  EMAIL_MESSAGE_PLAIN_TEXT_REDACTED: 'The plain-text version of an email message, with sensitive data redacted.',
};

/** Every value the SDK's ReferenceType knows; generated from the SDK so it cannot drift. */
export const ReferenceType = builder.enumType('ReferenceType', {
  description:
    "The type of a contact reference (Amazon Connect ReferenceType): how Connect and the agent's CCP treat its value.",
  values: Object.fromEntries(
    Object.values(SdkReferenceType).map((value) => [value, { value, description: VALUE_DESCRIPTIONS[value] }]),
  ),
});

// Typed by the SDK's union, as above.
const STATUS_DESCRIPTIONS: Record<SdkReferenceStatus, string> = {
  AVAILABLE: 'The referenced item is available.',
  DELETED: 'The referenced item was deleted.',
  APPROVED: 'The referenced item, e.g. an attachment, was approved.',
  REJECTED: 'The referenced item, e.g. an attachment, was rejected.',
  PROCESSING: 'The referenced item is being processed, e.g. an attachment being scanned.',
  FAILED: 'Processing the referenced item failed.',
};

/** Every value the SDK's ReferenceStatus knows. */
export const ReferenceStatus = builder.enumType('ReferenceStatus', {
  description: 'The status of a contact reference (Amazon Connect ReferenceStatus), e.g. of an attachment.',
  values: Object.fromEntries(
    Object.values(SdkReferenceStatus).map((value) => [value, { value, description: STATUS_DESCRIPTIONS[value] }]),
  ),
});
