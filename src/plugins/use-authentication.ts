import type { DocumentNode, ExecutionResult } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { type Identity, UNAUTHENTICATED } from '../auth/identity.ts';
import { needsIdentity, publicRootFields } from '../auth/public-fields.ts';
import { createTokenVerifier } from '../auth/token-verifier.ts';
import type { AuthConfig } from '../config.ts';
import { ErrorCode } from '../error-codes.ts';
import type { Logger } from '../logger.ts';
import { isGraphQLRequest, rejection } from './http-rejection.ts';
import type { RequestCheck } from './use-request-checks.ts';
import { cacheVerifiedTokens } from './verified-token-cache.ts';

export const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i;
const CHALLENGE = 'Bearer realm="connect-contact-gateway"';

/**
 * Bearer-JWT authentication. A request that presents a token must present a valid one (`check`,
 * one of the HTTP checks: 401 before parsing otherwise); the verified identity extends the
 * request's context (`plugin`), as yoga's JWT plugin hands over its payload. A request with no
 * token may only run public root fields (introspection, and `_service` when `servicePublic`):
 * anything else is answered 401 before execution, so neither input validation nor Connect ever
 * sees it.
 */
export function authentication(
  auth: Exclude<AuthConfig, { mode: 'disabled' }>,
  endpoint: string,
  logger: Logger,
  servicePublic: boolean,
): { check: RequestCheck; plugin: Plugin<{ identity: Identity }> } {
  const publicFields = publicRootFields(servicePublic);
  const refuseAnonymous = (operation: Operation) => refuseAnonymousBeyond(publicFields, operation);
  // Verified tokens are remembered until their exp (at most a minute): verifying is costly.
  const verify = cacheVerifiedTokens(createTokenVerifier(auth));
  // Held from the check to onContextBuilding; the request object is the key, so nothing outlives it.
  const identities = new WeakMap<Request, Identity>();
  const check: RequestCheck = ({ request, url, fetchAPI }) => {
    if (!isGraphQLRequest(url, endpoint)) return undefined;
    const header = request.headers.get('authorization');
    if (header === null) return undefined;
    const refuse = (error: unknown) => {
      // The reason helps operators; the token itself is never logged.
      const reason = (error as { code?: string }).code ?? (error as Error).message;
      logger.debug({ reason }, 'bearer token refused');
      return rejection(fetchAPI, 401, ErrorCode.UNAUTHENTICATED, 'The bearer token is invalid or expired.', {
        'www-authenticate': `${CHALLENGE}, error="invalid_token"`,
      });
    };
    const token = BEARER.exec(header)?.[1];
    if (token === undefined) return refuse(new Error('not a Bearer token'));
    const identity = verify(token);
    if (!(identity instanceof Promise)) {
      identities.set(request, identity);
      return undefined;
    }
    return identity.then((verified) => {
      identities.set(request, verified);
      return undefined;
    }, refuse);
  };
  const plugin: Plugin<{ identity: Identity }> = {
    onContextBuilding({ context, extendContext }) {
      const identity = identities.get(context.request);
      if (identity !== undefined) extendContext({ identity });
    },
    // Subscriptions are not executed but subscribed: the same rule, at both doors.
    onExecute: refuseAnonymous,
    onSubscribe: refuseAnonymous,
  };
  return { check, plugin };
}

interface Operation {
  args: { contextValue: { identity: Identity }; document: DocumentNode; operationName?: string | null };
  setResultAndStopExecution(result: ExecutionResult): void;
}

/** Answers 401 when a request without a token asks for more than the public root fields. */
function refuseAnonymousBeyond(
  publicFields: ReadonlySet<string>,
  { args, setResultAndStopExecution }: Operation,
): void {
  if (args.contextValue.identity !== UNAUTHENTICATED) return;
  if (!needsIdentity(args.document, args.operationName, publicFields)) return;
  setResultAndStopExecution({
    errors: [
      createGraphQLError('Authentication required: send Authorization: Bearer <token>.', {
        extensions: {
          code: ErrorCode.UNAUTHENTICATED,
          http: { status: 401, headers: { 'www-authenticate': CHALLENGE } },
        },
      }),
    ],
  });
}
