import { GraphQLError } from 'graphql';
import { authorizeContactRead } from '../../auth/entity-access.ts';
import { ConnectError } from '../../connect/errors.ts';
import { CONNECT_EXCEPTIONS, type ConnectExceptionRow } from '../../connect/exceptions.ts';
import { assertValidContactKey } from '../../validation/contact-key.ts';
import { builder } from '../builder.ts';
import { Contact, type ContactRecord, loadContact } from './contact.ts';

/**
 * `_entities` (like ContactChange.contact, a success's `contact` and a search edge's `node`) has no
 * result union, so a documented Connect error for one representation becomes that entity's GraphQL
 * error: its message, its code from the Connect error table and what the error shows (fieldErrors,
 * retryAfterSeconds). Anything else passes through, to be masked.
 */
export function toEntityError(error: unknown): unknown {
  if (!(error instanceof ConnectError)) return error;
  const row: ConnectExceptionRow = CONNECT_EXCEPTIONS[error.exception];
  // `requestId` in extensions is the gateway's own id (requestIdInErrors); Connect's has its own key.
  const extensions: Record<string, unknown> = { code: row.code, awsRequestId: error.requestId };
  for (const detail of row.details ?? []) extensions[detail] = error[detail];
  return new GraphQLError(error.message, { extensions });
}

/** loadContact for a Contact field without a result union: a documented Connect error as toEntityError gives it. */
export function loadContactField(...args: Parameters<typeof loadContact>): Promise<ContactRecord> {
  return loadContact(...args).catch((error: unknown) => {
    throw toEntityError(error);
  });
}

builder.asEntity(Contact, {
  key: builder.selection<{ instanceId: string; id: string }>('instanceId id'),
  // Through the same per-request loader as Query.contact, so a supergraph's `_entities` batch of
  // N representations costs one DescribeContact per distinct contact.
  resolveReference: async (ref, context) => {
    try {
      await authorizeContactRead(context, ref.instanceId);
      const key = { instanceId: ref.instanceId, contactId: ref.id };
      // A representation is not checked by Pothos validation; refuse bad ids before Connect.
      assertValidContactKey(key);
      return await loadContact(context.loaders, key);
    } catch (error) {
      throw toEntityError(error);
    }
  },
});
