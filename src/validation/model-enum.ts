import type { ModelOperationName } from '@connect-gateway/connect-model';
import { z } from 'zod';
import { modelEnum } from './model-constraints.ts';

/**
 * A string member's enum as the model states it, as a check: the GraphQL enum holds the SDK's
 * values, and a value the model no longer allows is refused before Connect.
 */
export function fromModelEnum(operation: ModelOperationName, path: string): z.ZodType<string> {
  const values = modelEnum(operation, path);
  return z.string().refine((value) => values.includes(value), { message: `must be one of ${values.join(', ')}` });
}
