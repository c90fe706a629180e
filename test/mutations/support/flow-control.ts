import { expect } from 'vitest';
import {
  PauseContactDocument,
  type PauseContactInput,
  ResumeContactDocument,
} from '../../../operations/generated/graphql.ts';
import type { Stack } from '../../support/stack.ts';

/** pauseContact and resumeContact through the typed operations, failing the test on a GraphQL error. */
export function flowControl(stack: Stack) {
  return {
    async pause(input: PauseContactInput) {
      const { data, errors } = await stack.execute(PauseContactDocument, { input });
      expect(errors).toBeUndefined();
      return data!.pauseContact;
    },
    async resume(input: PauseContactInput) {
      const { data, errors } = await stack.execute(ResumeContactDocument, { input });
      expect(errors).toBeUndefined();
      return data!.resumeContact;
    },
  };
}
