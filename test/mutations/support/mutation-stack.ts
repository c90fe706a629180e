import { Writable } from 'node:stream';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ExecutionResult } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { INSTANCE_ID } from '../../support/fixtures.ts';
import { type Stack, startStack } from '../../support/stack.ts';
import { bearer, HS256_ENV, hs256Token } from '../../support/tokens.ts';

/** The stack of a mutation's test file, with its log lines and the tokens its callers carry. */
export interface MutationStack {
  stack: Stack;
  /** Every line the gateway logged since the test began (debug level and up). */
  lines: string[];
  /** POSTs a typed operation with a token of `scope` (default: read and write) and expects no GraphQL errors. */
  run<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    scope?: string,
  ): Promise<TResult>;
  /** POSTs a typed operation with a token of `scope` and returns the whole response. */
  send<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    scope?: string,
  ): Promise<ExecutionResult<TResult> & { status: number }>;
  /** POSTs any body with a token of both scopes, for requests a typed document cannot make. */
  post(body: unknown): Promise<Response>;
  /** The audit lines of one mutation, parsed. */
  audits(operation: string): Record<string, unknown>[];
  /** Every Connect call since the test began, by operation name. */
  calledOperations(): string[];
}

export const SUBJECT = 'agent-7';
const FULL_SCOPE = 'contacts:read contacts:write';

/**
 * Registers the hooks of a mutation's test file and returns its stack once started: HS256
 * authentication, the seed instance as the only allowed one, one SDK attempt (each Connect error
 * reaches the union as answered), and a store, call log, fault list and log reset before each test.
 */
export function useMutationStack(): MutationStack {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter((line) => line.length > 0),
      );
      done();
    },
  });
  const tokens = new Map<string, string>();
  const headers = async (scope: string) => {
    const token = tokens.get(scope) ?? (await hs256Token({ sub: SUBJECT, scope }));
    tokens.set(scope, token);
    return bearer(token);
  };
  const harness: MutationStack = {
    stack: undefined as unknown as Stack,
    lines,
    async send(document, variables, scope = FULL_SCOPE) {
      return harness.stack.execute(document, variables, await headers(scope));
    },
    async run(document, variables, scope) {
      const { data, errors } = await harness.send(document, variables, scope);
      expect(errors).toBeUndefined();
      if (data == null) throw new Error('no data in the response');
      return data;
    },
    post: async (body) => harness.stack.post(body, await headers(FULL_SCOPE)),
    audits: (operation) =>
      lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.audit === operation),
    calledOperations: () => harness.stack.emulator.calls.map((call) => call.operation),
  };
  beforeAll(async () => {
    harness.stack = await startStack({
      env: { ...HS256_ENV, CONNECT_INSTANCE_IDS: INSTANCE_ID },
      logger: pino({ level: 'debug' }, sink),
      client: { maxAttempts: 1 },
    });
  });
  afterAll(() => harness.stack?.close());
  beforeEach(() => {
    harness.stack.emulator.resetStore();
    harness.stack.emulator.resetCalls();
    harness.stack.emulator.faults.clear();
    lines.length = 0;
  });
  return harness;
}
