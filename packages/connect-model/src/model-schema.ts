import { z } from 'zod';

// The parts of a botocore service model the reader uses, checked when the data file is read.
// Keys the reader does not use (deprecated, box, ...) are dropped from what it returns.

const bound = z.union([z.number(), z.bigint()]);
const shapeRef = z.object({
  shape: z.string(),
  location: z.string().optional(),
  locationName: z.string().optional(),
  idempotencyToken: z.boolean().optional(),
});

const common = { sensitive: z.boolean().optional() };

const stringShape = z.object({
  type: z.literal('string'),
  min: z.number().optional(),
  max: z.number().optional(),
  pattern: z.string().optional(),
  enum: z.array(z.string()).optional(),
  ...common,
});
const numberShape = z.object({
  type: z.enum(['integer', 'long', 'float', 'double']),
  min: bound.optional(),
  max: bound.optional(),
  ...common,
});
const listShape = z.object({
  type: z.literal('list'),
  member: shapeRef,
  min: z.number().optional(),
  max: z.number().optional(),
  ...common,
});
const mapShape = z.object({
  type: z.literal('map'),
  key: shapeRef,
  value: shapeRef,
  min: z.number().optional(),
  max: z.number().optional(),
  ...common,
});
const structureShape = z.object({
  type: z.literal('structure'),
  required: z.array(z.string()).optional(),
  members: z.record(z.string(), shapeRef),
  exception: z.boolean().optional(),
  union: z.boolean().optional(),
  error: z.object({ httpStatusCode: z.number().optional() }).optional(),
  ...common,
});
const otherShape = z.object({ type: z.enum(['boolean', 'timestamp', 'blob']), ...common });

export const shapeSchema = z.discriminatedUnion('type', [
  stringShape,
  numberShape,
  listShape,
  mapShape,
  structureShape,
  otherShape,
]);

const operationSchema = z.object({
  name: z.string(),
  http: z.object({ method: z.string(), requestUri: z.string() }),
  input: shapeRef.optional(),
  output: shapeRef.optional(),
  errors: z.array(shapeRef).optional(),
});

const sourceSchema = z.object({
  package: z.literal('botocore'),
  version: z.string(),
  file: z.string(),
  /** sha256 of the original, uncompressed service-2.json of that botocore version. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  apiVersion: z.string(),
  protocol: z.string(),
});

export const modelFileSchema = z.object({
  source: sourceSchema,
  operations: z.record(z.string(), operationSchema),
  shapes: z.record(z.string(), shapeSchema),
});

export type ModelFile = z.output<typeof modelFileSchema>;
export type ModelSource = Omit<z.output<typeof sourceSchema>, 'apiVersion' | 'protocol'>;

/** The data file as written: the model's own objects, every key kept. */
export interface ModelData {
  source: z.output<typeof sourceSchema>;
  operations: Record<string, unknown>;
  shapes: Record<string, unknown>;
}
export type Shape = z.output<typeof shapeSchema>;
export type ShapeRef = z.output<typeof shapeRef>;
