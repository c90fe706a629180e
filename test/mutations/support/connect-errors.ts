import { isUnionType } from 'graphql';
import { buildSchema } from '../../../src/schema/index.ts';

/** A Connect exception, the status Connect answers it with, and the union member it must become. */
const MEMBERS = {
  InvalidRequestException: [400, 'InvalidRequestError'],
  InvalidParameterException: [400, 'InvalidParameterError'],
  ResourceNotFoundException: [404, 'ResourceNotFoundError'],
  InternalServiceException: [500, 'InternalServiceError'],
  InvalidActiveRegionException: [400, 'InvalidActiveRegionError'],
  ThrottlingException: [429, 'ThrottlingError'],
} as const;

export type DocumentedException = keyof typeof MEMBERS;

/** Rows for `it.each`: exception, status, union member. */
export const errorCases = (exceptions: readonly DocumentedException[]) =>
  exceptions.map((name) => [name, ...MEMBERS[name]] as const);

/** The member names of a result union in the built schema, sorted. */
export function unionMembers(union: string): string[] {
  const type = buildSchema().getType(union);
  if (!isUnionType(type)) throw new Error(`${union} is not a union`);
  return type.getTypes().map((member) => member.name).sort();
}
