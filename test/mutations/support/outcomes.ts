import type { OperationName } from '@connect-gateway/connect-emulator';
import { expect } from 'vitest';
import type { MutationStack } from './mutation-stack.ts';

/** Any member of a result union, as a typed document selects it. */
export interface Outcome {
  __typename: string;
}

/** The InvalidParameterError member, as the example operations select it. */
export interface ParameterRefusal extends Outcome {
  __typename: 'InvalidParameterError';
  requestId: string | null;
  fieldErrors: { path: string[]; message: string }[];
}

const isRefusal = (outcome: Outcome): outcome is ParameterRefusal => outcome.__typename === 'InvalidParameterError';

/**
 * The two answers a limit test expects of a mutation: accepted (its success, after exactly one call
 * to the Connect operation), or refused (InvalidParameterError with exactly these field paths under
 * `input`, in any order, and no call to Connect at all).
 */
export function limitChecks<Input>(
  h: MutationStack,
  operation: OperationName,
  mutate: (input: Input) => Promise<Outcome>,
) {
  return {
    async expectAccepted(input: Input): Promise<void> {
      h.stack.emulator.resetCalls();
      expect((await mutate(input)).__typename).toMatch(/Success$/);
      expect(h.stack.connectCalls(operation)).toHaveLength(1);
    },
    async expectRefused(input: Input, paths: string[][]): Promise<ParameterRefusal> {
      h.stack.emulator.resetCalls();
      const result = await mutate(input);
      if (!isRefusal(result)) throw new Error(`expected InvalidParameterError, got ${result.__typename}`);
      const given = result.fieldErrors.map((e) => e.path.join('.')).sort();
      expect(given).toEqual(paths.map((path) => ['input', ...path].join('.')).sort());
      expect(result.requestId).toBeNull();
      expect(h.stack.emulator.calls).toHaveLength(0);
      return result;
    },
  };
}
