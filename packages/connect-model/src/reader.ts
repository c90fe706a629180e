import { readFileSync } from 'node:fs';
import { MODEL_DATA_URL } from './model-file.ts';
import { parseModelJson } from './model-json.ts';
import { type ModelFile, modelFileSchema, type Shape, type ShapeRef } from './model-schema.ts';
import type { ModelOperationName } from './operations.ts';

/**
 * A member's constraints as the model states them. `min`/`max` bound a string's length in Unicode
 * code points (as AWS counts it), a list's or map's number of entries, or a number's value (a long's
 * as a bigint when beyond 2^53).
 */
export interface ModelConstraints {
  min?: number | bigint;
  max?: number | bigint;
  pattern?: string;
  enum?: readonly string[];
  /** Customer data: never logged. */
  sensitive: boolean;
}

/** One member of an operation's input or output, or a part of one (a list's member, a map's key or value). */
export interface ModelMember {
  /** From the operation's input or output, e.g. `References.value.Value` (a map's key/value, a list's member). */
  path: string;
  /** The last segment of the path. */
  name: string;
  shapeName: string;
  shape: Shape;
  /** Required by its structure (a list's member or a map's key and value always are). */
  required: boolean;
  /** Where an input member travels when not in the JSON body: `uri`, `querystring`, `header`. */
  location?: string;
  /** The SDK fills it in when absent (ClientToken). */
  idempotencyToken: boolean;
  constraints: ModelConstraints;
}

export interface ModelOperation {
  name: ModelOperationName;
  method: string;
  requestUri: string;
  input: readonly ModelMember[];
  output: readonly ModelMember[];
  /** The exceptions the model documents for the operation, by shape name (the SDK's exception name). */
  errors: readonly string[];
}

function loadModel(): ModelFile {
  return modelFileSchema.parse(parseModelJson(readFileSync(MODEL_DATA_URL, 'utf8')));
}

let cached: ModelFile | undefined;
const model = (): ModelFile => {
  cached ??= loadModel();
  return cached;
};

/** The botocore version and sha256 the data file was taken from. */
export const modelSource = () => model().source;

export function modelShape(name: string): Shape {
  const shape = model().shapes[name];
  if (!shape) throw new Error(`Connect model: no shape ${name}`);
  return shape;
}

function constraintsOf(shape: Shape): ModelConstraints {
  const out: ModelConstraints = { sensitive: shape.sensitive === true };
  switch (shape.type) {
    case 'string':
      if (shape.pattern !== undefined) out.pattern = shape.pattern;
      if (shape.enum !== undefined) out.enum = shape.enum;
      return withBounds(out, shape);
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
    case 'list':
    case 'map':
      return withBounds(out, shape);
    default:
      return out;
  }
}

function withBounds(out: ModelConstraints, shape: { min?: number | bigint; max?: number | bigint }): ModelConstraints {
  if (shape.min !== undefined) out.min = shape.min;
  if (shape.max !== undefined) out.max = shape.max;
  return out;
}

function toMember(path: string, name: string, ref: ShapeRef, required: boolean): ModelMember {
  const shape = modelShape(ref.shape);
  const member: ModelMember = {
    path,
    name,
    shapeName: ref.shape,
    shape,
    required,
    idempotencyToken: ref.idempotencyToken === true,
    constraints: constraintsOf(shape),
  };
  if (ref.location !== undefined) member.location = ref.location;
  return member;
}

const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name);

/** The parts of a member: a structure's members, a list's `member`, a map's `key` and `value`. */
export function memberParts(member: Pick<ModelMember, 'path' | 'shape'>): ModelMember[] {
  const { shape, path } = member;
  switch (shape.type) {
    case 'structure': {
      const required = new Set(shape.required ?? []);
      return Object.entries(shape.members).map(([name, ref]) =>
        toMember(join(path, name), name, ref, required.has(name)),
      );
    }
    case 'list':
      return [toMember(join(path, 'member'), 'member', shape.member, true)];
    case 'map':
      return [
        toMember(join(path, 'key'), 'key', shape.key, true),
        toMember(join(path, 'value'), 'value', shape.value, true),
      ];
    default:
      return [];
  }
}

function structureMembers(ref: ShapeRef | undefined): ModelMember[] {
  return ref ? memberParts({ path: '', shape: modelShape(ref.shape) }) : [];
}

export function modelOperation(name: ModelOperationName): ModelOperation {
  const operation = model().operations[name];
  if (!operation)
    throw new Error(`Connect model: no operation ${name}; add it to MODEL_OPERATIONS and run npm run model:update`);
  return {
    name,
    method: operation.http.method,
    requestUri: operation.http.requestUri,
    input: structureMembers(operation.input),
    output: structureMembers(operation.output),
    errors: (operation.errors ?? []).map((error) => error.shape),
  };
}

/**
 * A member of an operation's input (or, with `side: 'output'`, its output) by path:
 * `modelMember('UpdateContact', 'References.value.Value')`.
 */
export function modelMember(
  operation: ModelOperationName,
  path: string,
  side: 'input' | 'output' = 'input',
): ModelMember {
  const [first, ...rest] = path.split('.');
  let member = modelOperation(operation)[side].find((m) => m.name === first);
  for (const segment of rest) member = member && memberParts(member).find((m) => m.name === segment);
  if (!member) throw new Error(`Connect model: ${operation} has no ${side} member ${path}`);
  return member;
}
