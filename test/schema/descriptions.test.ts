import {
  buildSchema as buildSchemaFromSdl,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/schema/index.ts';

// Introspection (`__Schema`, `__typename`) and Federation's own members (`_Service`, `_entities`,
// `link__Import`, `federation__…`) are not ours to describe.
const builtIn = (name: string) => name.startsWith('_') || name.includes('__');

/** Schema coordinates (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`) of ours with no description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (coordinate: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(coordinate);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (builtIn(type.name) || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type))
      for (const field of Object.values(type.getFields())) {
        if (builtIn(field.name)) continue;
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    if (isInputObjectType(type))
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
  }
  return missing.sort();
}

describe('descriptions (the docs explorer is the API reference)', () => {
  it('every type, field, argument, input field and enum value of ours has one', () => {
    expect(undescribed(buildSchema())).toEqual([]);
  });

  it('the check names each kind of undescribed member and skips built-ins', () => {
    const schema = buildSchemaFromSdl(`
      "described" type Query { "d" ok(a: Int): E  bare(b: String): Int  _service: Int }
      enum E { "d" ONE TWO }
      input I { x: Int }
      union U = Query
    `);
    expect(undescribed(schema)).toEqual([
      'E',
      'E.TWO',
      'I',
      'I.x',
      'Query.bare',
      'Query.bare(b:)',
      'Query.ok(a:)',
      'U',
    ]);
  });
});
