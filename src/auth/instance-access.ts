import type { GatewayConfig } from '../config.ts';
import { connectError } from '../connect/errors.ts';
import type { Identity } from './identity.ts';

export interface AccessContext {
  config: GatewayConfig;
  identity: Identity;
}

/** Allowed when the instance is in CONNECT_INSTANCE_IDS (if set) and in the token's claim (if present). */
export function isInstanceAllowed(context: AccessContext, instanceId: string): boolean {
  const gatewayList = context.config.connect.allowedInstanceIds;
  const tokenList = context.identity.instanceIds;
  return (gatewayList?.has(instanceId) ?? true) && (tokenList?.has(instanceId) ?? true);
}

/**
 * Throws AccessDeniedError (a union member, requestId null) before any call to Connect when the
 * caller may not act on this instance. The message does not say which list refused it.
 */
export function assertInstanceAllowed(context: AccessContext, instanceId: string): void {
  if (!isInstanceAllowed(context, instanceId))
    throw connectError(
      'AccessDeniedException',
      `Access to Connect instance ${instanceId} is not allowed for this caller.`,
    );
}
