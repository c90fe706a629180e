import { GraphQLError } from 'graphql';
import type { GatewayConfig } from '../config.ts';
import { ErrorCode } from '../error-codes.ts';
import type { Identity } from './identity.ts';
import { assertInstanceAllowed } from './instance-access.ts';
import { hasScope } from './scopes.ts';

/**
 * `_entities` is built by @apollo/subgraph, not Pothos, so scope-auth cannot guard it before
 * resolveReference reads the contact (Contact's type-level scopes run only afterwards). This runs
 * the same rules first: `contacts:read`, then the instance allow-lists. Rejects; never calls Connect.
 */
export async function authorizeContactRead(
  context: { config: GatewayConfig; identity: Identity },
  instanceId: string,
): Promise<void> {
  if (!hasScope(context.identity, 'contacts:read'))
    throw new GraphQLError('Not authorized: reading contacts needs the contacts:read scope.', {
      extensions: { code: ErrorCode.FORBIDDEN },
    });
  assertInstanceAllowed(context, instanceId);
}
