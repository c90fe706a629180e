import type { Reference, ReferenceType } from '@aws-sdk/client-connect';
import { serviceError } from '../errors.ts';
import { findContact, isServiceError, validateContactLabels } from './contact-lookup.ts';
import { modelSize, modelString } from './model-limits.ts';
import type { OperationHandler } from './operation.ts';
import { fail } from './operation.ts';
import { memberMissing } from './validation.ts';

/**
 * References per page. Connect documents no page size (its NextToken "is always returned as null":
 * every reference in one answer); the emulator pages anyway, so that a client's paging is exercised.
 */
export const REFERENCES_PAGE_SIZE = 10;

const typesSize = modelSize('ListContactReferences', 'ReferenceTypes');
const typeCheck = modelString('ListContactReferences', 'ReferenceTypes.member');

/** One ReferenceSummary (a union: exactly one member set), by the reference's type, with the members its shape has. */
function summaryOf(name: string, ref: Reference): Record<string, Record<string, string>> | undefined {
  const pick = (...members: ('Value' | 'Status' | 'Arn')[]) => {
    const out: Record<string, string> = { Name: name };
    for (const member of members) {
      const value = ref[member];
      if (value !== undefined) out[member] = value;
    }
    return out;
  };
  switch (ref.Type as ReferenceType | undefined) {
    case 'URL':
      return { Url: pick('Value') };
    case 'ATTACHMENT':
      return { Attachment: pick('Value', 'Status', 'Arn') };
    case 'CONTACT_ANALYSIS':
      return { ContactAnalysis: pick('Value', 'Status', 'Arn') };
    case 'STRING':
      return { String: pick('Value') };
    case 'NUMBER':
      return { Number: pick('Value') };
    case 'DATE':
      return { Date: pick('Value') };
    case 'EMAIL':
      return { Email: pick('Value') };
    case 'EMAIL_MESSAGE':
      return { EmailMessage: pick('Arn') };
    case 'EMAIL_MESSAGE_REDACTED':
      return { EmailMessageRedacted: pick('Arn') };
    case 'EMAIL_MESSAGE_PLAIN_TEXT':
      return { EmailMessagePlainText: pick('Arn') };
    case 'EMAIL_MESSAGE_PLAIN_TEXT_REDACTED':
      return { EmailMessagePlainTextRedacted: pick('Arn') };
    default:
      return undefined;
  }
}

// The token names where the next page starts and which types were asked, so it cannot be replayed with others.
const tokenFor = (offset: number, types: string) => Buffer.from(`${offset}|${types}`, 'utf8').toString('base64url');

function offsetOf(token: string | null, types: string): number | undefined {
  if (token === null) return 0;
  const [offset, asked] = Buffer.from(token, 'base64url').toString('utf8').split('|');
  const n = Number(offset);
  return asked === types && Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * ListContactReferences (`GET /contact/references/{InstanceId}/{ContactId}?referenceTypes=URL&nextToken=…`):
 * the references UpdateContact wrote, of the types asked (required, 1 to 6 values of ReferenceType),
 * in the order written, REFERENCES_PAGE_SIZE per page.
 */
export const handleListContactReferences: OperationHandler<'InstanceId' | 'ContactId'> = (
  { labels, query },
  { store },
) => {
  const types = query.getAll('referenceTypes');
  const bad =
    validateContactLabels(labels.InstanceId, labels.ContactId) ??
    (types.length === 0 ? memberMissing('referenceTypes') : undefined) ??
    typesSize(types.length, 'referenceTypes') ??
    types.map((type, i) => typeCheck(type, `referenceTypes.${i + 1}.member`)).find(Boolean);
  if (bad) return fail(bad);
  const asked = [...new Set(types)].sort().join(',');
  const offset = offsetOf(query.get('nextToken'), asked);
  if (offset === undefined) return fail(serviceError('InvalidParameterException', 'Invalid NextToken'));
  const found = findContact(store, labels.InstanceId, labels.ContactId);
  if (isServiceError(found)) return fail(found);

  const wanted = new Set(types);
  const matching = Object.entries(found.references).filter(([, ref]) => ref.Type !== undefined && wanted.has(ref.Type));
  const page = matching.slice(offset, offset + REFERENCES_PAGE_SIZE);
  const next =
    offset + REFERENCES_PAGE_SIZE < matching.length ? tokenFor(offset + REFERENCES_PAGE_SIZE, asked) : undefined;
  const body = {
    ReferenceSummaryList: page.map(([name, ref]) => summaryOf(name, ref)).filter(Boolean),
    ...(next && { NextToken: next }),
  };
  return { ok: true, body: JSON.stringify(body) };
};
