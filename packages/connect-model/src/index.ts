export { DOCUMENTED_RULES, type DocumentedRule } from './documented-rules.ts';
export type { Shape } from './model-schema.ts';
export { MODEL_OPERATIONS, type ModelOperationName } from './operations.ts';
export {
  type ModelConstraints,
  type ModelMember,
  type ModelOperation,
  memberParts,
  modelMember,
  modelOperation,
  modelShape,
  modelSource,
} from './reader.ts';
