import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import ErrorsPlugin from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import { grantedScopes, type Scope } from '../auth/scopes.ts';
import { CONNECT_ERROR_CLASSES } from '../connect/errors.ts';
import { EVERY_UNION } from '../connect/exceptions.ts';
import type { GatewayContext } from '../context.ts';
import { ErrorCode } from '../error-codes.ts';
import { toInvalidParameterError } from '../validation/field-errors.ts';
import { DateTimeResolver } from './scalars.ts';

/**
 * What every result union holds whatever the operation documents: the gateway's own refusals
 * before calling Connect (InvalidParameterError, AccessDeniedError, a budget's ThrottlingError) and
 * Connect's own 403 and 429 (src/connect/exceptions.ts).
 */
export const GATEWAY_REFUSALS = EVERY_UNION;

/**
 * The Pothos builder. Plugin order as Pothos documents it: scope-auth first so nothing runs before
 * authorization, errors before validation so validation failures become union members, federation last.
 */
export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  AuthScopes: Record<Scope, boolean>;
  // graphql-js hands every ID input over as a string, whether the client sent a string or a number.
  // Long (src/schema/long.ts): a 64-bit integer, kept as a bigint so no digit is lost.
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
    Long: { Input: bigint; Output: bigint };
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, DirectivesPlugin, FederationPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => grantedScopes(context.identity),
    // A subscription is refused when it is made, not at its first event.
    authorizeOnSubscribe: true,
    // A coded error (FORBIDDEN) instead of Pothos' bare message; HTTP stays 200 as GraphQL expects.
    unauthorizedError: (_parent, _context, _info, result) =>
      new GraphQLError(`Not authorized: ${result.message}`, { extensions: { code: ErrorCode.FORBIDDEN } }),
  },
  errors: {
    // Validation failures become InvalidParameterError members instead of top-level errors.
    unsafelyHandleInputErrors: true,
    defaultTypes: GATEWAY_REFUSALS.map((exception) => CONNECT_ERROR_CLASSES[exception]),
  },
  validation: {
    validationError: (result) => toInvalidParameterError(result.issues),
  },
});

/** The builder's schema types, for helpers that take Pothos field builders. */
export type GatewaySchemaTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;

builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'An instant as an RFC 3339 date-time string in UTC, e.g. "2026-11-25T14:07:20.306Z".',
});
