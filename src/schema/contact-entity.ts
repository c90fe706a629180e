import { GraphQLError } from 'graphql';
import { authorizeContactRead } from '../auth/entity-access.ts';
import { ConnectError, InvalidParameterError, ThrottlingError } from '../connect/errors.ts';
import { assertValidContactKey } from '../validation/contact-key.ts';
import { builder } from './builder.ts';
import { Contact, loadContact } from './contact.ts';

/** `ResourceNotFoundError` → `RESOURCE_NOT_FOUND`: the code a supergraph client sees. */
const codeOf = (error: ConnectError): string =>
  error.name.replace(/Error$/, '').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

/**
 * `_entities` has no result union, so a documented Connect error for one representation becomes
 * that entity's GraphQL error, with a readable message and a code instead of yoga's masked one.
 * Anything else (already a masked, coded GraphQLError, or a bug) passes through unchanged.
 */
function toEntityError(error: unknown): unknown {
  if (!(error instanceof ConnectError)) return error;
  // `requestId` in extensions is the gateway's own id (useRequestId); Connect's has its own key.
  const extensions: Record<string, unknown> = { code: codeOf(error), awsRequestId: error.requestId };
  if (error instanceof ThrottlingError) extensions.retryAfterSeconds = error.retryAfterSeconds;
  if (error instanceof InvalidParameterError) extensions.fieldErrors = error.fieldErrors;
  return new GraphQLError(error.message, { extensions });
}

builder.asEntity(Contact, {
  key: builder.selection<{ instanceId: string; id: string }>('instanceId id'),
  // Through the same per-request loader as Query.contact, so a supergraph's `_entities` batch of
  // N representations costs one DescribeContact per distinct contact.
  resolveReference: (ref, context) =>
    authorizeContactRead(context, ref.instanceId)
      .then(() => {
        const key = { instanceId: ref.instanceId, contactId: ref.id };
        // A representation is not checked by Pothos validation; refuse bad ids before Connect.
        assertValidContactKey(key);
        return loadContact(context.loaders, key);
      })
      .catch((error: unknown) => {
        throw toEntityError(error);
      }),
});
