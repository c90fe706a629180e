import { MODEL_OPERATIONS, modelOperation, modelShape } from '@connect-gateway/connect-model';
import { describe, expect, it } from 'vitest';
import { DOCUMENTED_ERRORS, OPERATIONS } from '../src/index.ts';

// The emulator's hand-written route table and error statuses against Connect's model
// (@connect-gateway/connect-model); its constraints are read from the model itself (model-limits.ts).

const inModel = (name: string): name is (typeof MODEL_OPERATIONS)[number] => MODEL_OPERATIONS.some((n) => n === name);

describe('the route table', () => {
  it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))(
    '%s: method and path as the model writes them',
    (name, operation) => {
      if (!inModel(name)) throw new Error(`${name} is not in MODEL_OPERATIONS: add it and run npm run model:update`);
      const model = modelOperation(name);
      expect({ method: operation.method, path: operation.path }).toEqual({
        method: model.method,
        path: model.requestUri,
      });
    },
  );
});

describe('error statuses', () => {
  it.each(Object.entries(DOCUMENTED_ERRORS))("%s answers the model's status %i", (name, status) => {
    const shape = modelShape(name);
    expect(shape.type === 'structure' && shape.error?.httpStatusCode).toBe(status);
  });

  it('knows every error the model documents for the operations it emulates', () => {
    const documented = new Set(
      OPERATIONS.flatMap((operation) => (inModel(operation.name) ? modelOperation(operation.name).errors : [])),
    );
    expect([...documented].filter((name) => !(name in DOCUMENTED_ERRORS))).toEqual([]);
  });
});
