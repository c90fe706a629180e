import type { ModelOperationName } from './operations.ts';

/**
 * A rule the service model cannot express, stated by Connect's documentation (`source`), or a
 * deliberate choice of the product narrowing the model (`enforcedBy: 'gateway'`). `operation` and
 * `path` name the member it applies to, as the reader's paths do.
 */
export interface DocumentedRule {
  operation: ModelOperationName;
  path: string;
  /** Connect's own rule (the emulator enforces it too), or the gateway's narrower product rule. */
  enforcedBy: 'connect' | 'gateway';
  source: string;
  /** The documentation's words, or the product's reason. */
  text: string;
  /** A total of UTF-8 bytes over every key and value of the member. */
  maxUtf8Bytes?: number;
  /** A pattern the model does not state. */
  pattern?: string;
  /** A time no further ahead than this many days. */
  maxDaysAhead?: number;
  /** A narrower maximum length (code points) than the model's. */
  max?: number;
}

const API = 'https://docs.aws.amazon.com/connect/latest/APIReference';

/**
 * Every rule on input that the model lacks, each with its source. Nothing else about Connect's
 * limits is typed by hand: the rest comes from the model (src/reader.ts).
 */
export const DOCUMENTED_RULES = {
  /** UpdateContactAttributes: every key and every value, in UTF-8 bytes. */
  attributesTotalBytes: {
    operation: 'UpdateContactAttributes',
    path: 'Attributes',
    enforcedBy: 'connect',
    maxUtf8Bytes: 32_768,
    source: `${API}/API_UpdateContactAttributes.html`,
    text: 'Contact attributes have a maximum size of 32,768 UTF-8 bytes across all keys and values.',
  },
  /** UpdateContactAttributes: the key's characters (the model sets no pattern). ASCII, as the sentence reads. */
  attributeKeyPattern: {
    operation: 'UpdateContactAttributes',
    path: 'Attributes.key',
    enforcedBy: 'connect',
    pattern: '^[A-Za-z0-9_-]+$',
    source: `${API}/API_UpdateContactAttributes.html`,
    text: 'Attribute keys can include only alphanumeric, dash, and underscore characters.',
  },
  /** UpdateContact: every reference's key and members, in UTF-8 bytes (the model's Reference documentation). */
  referencesTotalBytes: {
    operation: 'UpdateContact',
    path: 'References',
    enforcedBy: 'connect',
    maxUtf8Bytes: 4_096,
    source: `${API}/API_Reference.html`,
    text: 'You can have up to 4,096 UTF-8 bytes across all references for a contact.',
  },
  /** UpdateContactSchedule: from now to 6 days ahead. */
  scheduleWindow: {
    operation: 'UpdateContactSchedule',
    path: 'ScheduledTime',
    enforcedBy: 'connect',
    maxDaysAhead: 6,
    source: `${API}/API_UpdateContactSchedule.html`,
    text: 'The scheduled time cannot be in the past. It must be within up to 6 days in future.',
  },
  /** StartTaskContact: the same window as UpdateContactSchedule's, from now to 6 days ahead. */
  taskScheduleWindow: {
    operation: 'StartTaskContact',
    path: 'ScheduledTime',
    enforcedBy: 'connect',
    maxDaysAhead: 6,
    source: `${API}/API_StartTaskContact.html`,
    text: 'The scheduled time cannot be in the past. It must be within up to 6 days in future.',
  },
  /** UpdateContact's Name: the model allows 1,024 code points; the product keeps the documented 512. */
  updateContactName: {
    operation: 'UpdateContact',
    path: 'Name',
    enforcedBy: 'gateway',
    max: 512,
    source: 'docs/frontend-guide.md#updatecontact-the-rules',
    text: "The product's specification keeps UpdateContact's Name at 0 to 512 characters, as the API reference documented it; the model allows 1,024, which Connect stores and DescribeContact may answer.",
  },
} as const satisfies Record<string, DocumentedRule>;
