import {
  type ConnectClient,
  ListContactReferencesCommand,
  type ReferenceStatus,
  type ReferenceSummary,
  ReferenceType,
} from '@aws-sdk/client-connect';
import { modelEnum, modelLength } from '../validation/model-constraints.ts';
import { callConnect } from './call.ts';
import type { ContactKey } from './contacts.ts';
import { MalformedResponseError, UpstreamFailure } from './errors.ts';
import type { ConnectExceptionName } from './exceptions.ts';
import type { BudgetTicket } from './quotas/connect-budget.ts';
import { declareQuota } from './quotas/quota-table.ts';

export const LIST_CONTACT_REFERENCES = 'ListContactReferences';
// Connect's quotas page does not list ListContactReferences by name: it has the default of "all
// other API requests", 2 requests/s with a burst of 5 per account and Region.
declareQuota(LIST_CONTACT_REFERENCES, { rate: 2, burst: 5 });

/** The exceptions Connect's model documents for ListContactReferences. */
export const LIST_CONTACT_REFERENCES_ERRORS: readonly ConnectExceptionName[] = [
  'InvalidRequestException',
  'InvalidParameterException',
  'ResourceNotFoundException',
  'InternalServiceException',
  'ThrottlingException',
];

/** ReferenceTypes per call: the model's maximum (1 to 6 values). */
export const TYPES_PER_CALL = modelLength('ListContactReferences', 'ReferenceTypes').max;

/**
 * Pages read per call of types before the read is given up. Connect documents that its NextToken
 * "is always returned as null" (one page holds every reference), and a contact's references are
 * held to 4,096 UTF-8 bytes in all; a token that keeps coming back (a loop, a change of Connect's
 * paging) must not hold the request or spend the quota, so past this many pages the read fails
 * as a malformed answer rather than answering a part.
 */
export const MAX_REFERENCE_PAGES = 10;

/** One contact reference as the gateway answers it. */
export interface ContactReferenceRecord {
  name: string;
  type: ReferenceType;
  value?: string;
  status?: ReferenceStatus;
  arn?: string;
}

// ReferenceSummary is a union: the member that is set says the type. Each maps to ReferenceType.
const MEMBER_TYPES = {
  Url: ReferenceType.URL,
  Attachment: ReferenceType.ATTACHMENT,
  ContactAnalysis: ReferenceType.CONTACT_ANALYSIS,
  String: ReferenceType.STRING,
  Number: ReferenceType.NUMBER,
  Date: ReferenceType.DATE,
  Email: ReferenceType.EMAIL,
  EmailMessage: ReferenceType.EMAIL_MESSAGE,
  EmailMessageRedacted: ReferenceType.EMAIL_MESSAGE_REDACTED,
  EmailMessagePlainText: ReferenceType.EMAIL_MESSAGE_PLAIN_TEXT,
  EmailMessagePlainTextRedacted: ReferenceType.EMAIL_MESSAGE_PLAIN_TEXT_REDACTED,
} as const satisfies Record<Exclude<keyof ReferenceSummary, '$unknown'>, ReferenceType>;

type SummaryMember = { Name?: string; Value?: string; Status?: ReferenceStatus; Arn?: string };

/**
 * One ReferenceSummary as a reference, keeping exactly the members its shape has. A member the
 * SDK does not know (`$unknown`, a type added later) is skipped: it has no ReferenceType to answer.
 */
export function toReference(summary: ReferenceSummary): ContactReferenceRecord | undefined {
  for (const [member, type] of Object.entries(MEMBER_TYPES)) {
    const value = (summary as unknown as Record<string, SummaryMember | undefined>)[member];
    if (value === undefined) continue;
    if (value.Name === undefined)
      throw new UpstreamFailure('bad-response', new MalformedResponseError('a reference without a Name'));
    const reference: ContactReferenceRecord = { name: value.Name, type };
    if (value.Value !== undefined) reference.value = value.Value;
    if (value.Status !== undefined) reference.status = value.Status;
    if (value.Arn !== undefined) reference.arn = value.Arn;
    return reference;
  }
  return undefined;
}

const SDK_TYPES = new Set<string>(Object.values(ReferenceType));
/** Every ReferenceType in the model's order (the conformance test holds the SDK's enum to the same values). */
export const MODEL_REFERENCE_TYPES = modelEnum('ListContactReferences', 'ReferenceTypes.member').filter(
  (type): type is ReferenceType => SDK_TYPES.has(type),
);

/** `types` in calls of at most TYPES_PER_CALL, without duplicates, in the model's order. */
export function typeBatches(types: readonly ReferenceType[]): ReferenceType[][] {
  const wanted = new Set(types);
  const ordered = MODEL_REFERENCE_TYPES.filter((type) => wanted.has(type));
  const batches: ReferenceType[][] = [];
  for (let i = 0; i < ordered.length; i += TYPES_PER_CALL) batches.push(ordered.slice(i, i + TYPES_PER_CALL));
  return batches;
}

/**
 * Every reference of `types` on a contact: one ListContactReferences call per batch of types and
 * page, each after its budget's token, at most MAX_REFERENCE_PAGES pages per batch.
 */
export async function listContactReferences(
  client: ConnectClient,
  key: ContactKey,
  types: readonly ReferenceType[],
  ticket?: BudgetTicket,
): Promise<ContactReferenceRecord[]> {
  const references: ContactReferenceRecord[] = [];
  for (const batch of typeBatches(types)) {
    let token: string | undefined;
    let pages = 0;
    do {
      if (++pages > MAX_REFERENCE_PAGES)
        throw new UpstreamFailure(
          'bad-response',
          new MalformedResponseError(`ListContactReferences answered more than ${MAX_REFERENCE_PAGES} pages`),
        );
      const output = await callConnect(
        LIST_CONTACT_REFERENCES_ERRORS,
        () =>
          client.send(
            new ListContactReferencesCommand({
              InstanceId: key.instanceId,
              ContactId: key.contactId,
              ReferenceTypes: batch,
              NextToken: token,
            }),
          ),
        ticket,
      );
      for (const summary of output.ReferenceSummaryList ?? []) {
        const reference = toReference(summary);
        if (reference) references.push(reference);
      }
      token = output.NextToken || undefined;
    } while (token !== undefined);
  }
  return references;
}
