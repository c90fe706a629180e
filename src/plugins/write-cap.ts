import { GraphQLError, type ValidationRule } from 'graphql';
import { countWrites } from '../auth/write-count.ts';
import { ErrorCode } from '../error-codes.ts';

/** At most this many mutation fields (aliases included) in one operation. */
export const MAX_WRITES_PER_OPERATION = 10;

/**
 * A hard cap on Connect writes per operation, as a validation rule (useValidationRules): an alias
 * flood is refused before any resolver runs. With batching off (yoga's default, kept) one HTTP
 * request is one operation.
 */
export const writeCapRule =
  (max = MAX_WRITES_PER_OPERATION): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      const writes = countWrites(operation, context.getDocument());
      if (writes > max)
        context.reportError(
          new GraphQLError(`An operation may make at most ${max} Connect writes; this one has ${writes}.`, {
            nodes: operation,
            extensions: { code: ErrorCode.TOO_MANY_WRITES },
          }),
        );
    },
  });
