import type { OperationName } from '@connect-gateway/connect-emulator';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../../src/schema/index.ts';
import { messageFor } from './documented-errors.ts';
import type { MutationStack } from './mutation-stack.ts';
import type { Outcome } from './outcomes.ts';

/** A Connect exception, the status Connect answers it with, and the union member it must become. */
const MEMBERS = {
  InvalidRequestException: [400, 'InvalidRequestError'],
  InvalidParameterException: [400, 'InvalidParameterError'],
  ResourceNotFoundException: [404, 'ResourceNotFoundError'],
  InternalServiceException: [500, 'InternalServiceError'],
  InvalidActiveRegionException: [400, 'InvalidActiveRegionError'],
  ThrottlingException: [429, 'ThrottlingError'],
} as const;

type DocumentedException = keyof typeof MEMBERS;

/** The member names of a result union in the built schema, sorted. */
function unionMembers(union: string): string[] {
  const type = buildSchema().getType(union);
  if (!isUnionType(type)) throw new Error(`${union} is not a union`);
  return type
    .getTypes()
    .map((member) => member.name)
    .sort();
}

export interface ErrorSpec<Field extends string, Input> {
  h: MutationStack;
  /** The mutation field and its typed document. */
  field: Field;
  document: TypedDocumentNode<Record<Field, Outcome>, { input: Input }>;
  /** The Connect operation behind it. */
  operation: OperationName;
  /** The exceptions Connect documents for it (the ones the union must hold). */
  exceptions: readonly DocumentedException[];
  /** A valid input for the seeded contact, and the same for a contact Connect does not know. */
  input: Input;
  unknownContact: Input;
  outsideAllowList: Input;
}

/**
 * The error behaviour every contact mutation shares, as tests of its own file: the union holds
 * exactly the documented errors and the gateway's refusals; each documented exception reaches its
 * member with message and request id; a real not-found is ResourceNotFoundError; an exception the
 * operation does not document is masked; contacts:write and the instance allow-list refuse without
 * a call.
 */
export function describeSharedErrors<Field extends string, Input>(spec: ErrorSpec<Field, Input>): void {
  const { h, field, document, operation } = spec;
  const mutate = async (input: Input, scope?: string) => h.send(document, { input }, scope);
  const Name = `${field.charAt(0).toUpperCase()}${field.slice(1)}`;

  describe(`${field} errors`, () => {
    it("answers a union of exactly the documented errors, the gateway's refusals and the success", () => {
      const documented = spec.exceptions.map((name) => MEMBERS[name][1]);
      const expected = [...new Set([...documented, 'InvalidParameterError', 'AccessDeniedError', `${Name}Success`])];
      expect(unionMembers(`${Name}Result`)).toEqual(expected.sort());
    });

    it.each(spec.exceptions.map((name) => [name, ...MEMBERS[name]] as const))(
      '%s (%i) from Connect → %s with message and requestId',
      async (name, status, typename) => {
        h.stack.emulator.faults.add({ kind: 'error', name, message: `injected ${name}`, operation, times: 1 });
        const { data } = await mutate(spec.input);
        expect(data?.[field]).toMatchObject({
          __typename: typename,
          message: messageFor(name, `injected ${name}`),
          requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        });
        expect(h.stack.connectCalls(operation).map((call) => call.status)).toEqual([status]);
      },
    );

    it('a contact Connect does not know is ResourceNotFoundError', async () => {
      const { data } = await mutate(spec.unknownContact);
      expect(data?.[field]).toMatchObject({ __typename: 'ResourceNotFoundError', requestId: expect.any(String) });
    });

    it('an error Connect does not document for the operation is a masked GraphQL error, never a success', async () => {
      // ConflictException: documented for none of the operations using these shared tests.
      h.stack.emulator.faults.add({ kind: 'error', name: 'ConflictException', operation, times: 1 });
      const { data, errors } = await mutate(spec.input);
      expect(data).toBeNull();
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'CONNECT_UNEXPECTED_ERROR' } });
    });
  });

  describe(`${field} access`, () => {
    it('needs contacts:write: a token without it is refused without a call', async () => {
      const { data, errors } = await mutate(spec.input, 'contacts:read');
      expect(data).toBeNull();
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(h.stack.emulator.calls).toHaveLength(0);
    });

    it('refuses an instance outside the allow-list with AccessDeniedError, without a call', async () => {
      const { data } = await mutate(spec.outsideAllowList);
      expect(data?.[field]).toMatchObject({ __typename: 'AccessDeniedError', requestId: null });
      expect(h.stack.emulator.calls).toHaveLength(0);
    });
  });
}
