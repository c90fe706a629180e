import { type ModelData, type ModelSource, modelFileSchema } from './model-schema.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Drops `documentation` (HTML prose, most of the file's size) at every depth. */
function withoutDocumentation(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDocumentation);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'documentation')
      .map(([key, v]) => [key, withoutDocumentation(v)]),
  );
}

/** The shape names a shape refers to: list members, map keys and values, structure members. */
function referencedShapes(shape: Json): string[] {
  const refs: unknown[] = [shape.member, shape.key, shape.value];
  if (isObject(shape.members)) refs.push(...Object.values(shape.members));
  return refs.flatMap((ref) => (isObject(ref) && typeof ref.shape === 'string' ? [ref.shape] : []));
}

/**
 * The part of a full service model the given operations reach: the operations (name, http, input,
 * output, errors) and every shape reachable from their input, output and errors, sorted by name so
 * that an update's diff shows what changed. Documentation is dropped.
 */
export function trimModel(full: unknown, operations: readonly string[], source: ModelSource): ModelData {
  if (!isObject(full) || !isObject(full.operations) || !isObject(full.shapes))
    throw new Error('not a service model: operations and shapes expected');
  const allOperations = full.operations;
  const allShapes = full.shapes;
  const kept = new Set<string>();
  const visit = (name: string): void => {
    if (kept.has(name)) return;
    const shape = allShapes[name];
    if (!isObject(shape)) throw new Error(`shape ${name} is referenced but not defined`);
    kept.add(name);
    for (const ref of referencedShapes(shape)) visit(ref);
  };
  const keptOperations: Json = {};
  for (const name of operations) {
    const operation = allOperations[name];
    if (!isObject(operation)) throw new Error(`operation ${name} is not in the model`);
    const { documentation: _, ...rest } = operation;
    keptOperations[name] = withoutDocumentation(rest);
    for (const ref of [operation.input, operation.output, ...(Array.isArray(operation.errors) ? operation.errors : [])])
      if (isObject(ref) && typeof ref.shape === 'string') visit(ref.shape);
  }
  const shapes = Object.fromEntries([...kept].sort().map((name) => [name, withoutDocumentation(allShapes[name])]));
  const metadata = isObject(full.metadata) ? full.metadata : {};
  return modelFileSchema.parse({
    source: {
      ...source,
      apiVersion: String(metadata.apiVersion ?? ''),
      protocol: String(metadata.protocol ?? ''),
    },
    operations: keptOperations,
    shapes,
  });
}
