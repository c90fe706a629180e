import { getNamedType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createContactCache } from '../../operations/examples/apollo-client.ts';
import { cacheKeys } from '../../operations/examples/urql-client.ts';
import { buildSchema } from '../../src/schema/index.ts';

// Which object types a client cache may normalise: only Contact has an identity (instanceId + id,
// its federation key). Every other object type (results, errors, a contact's parts, events) must
// stay inside its parent, in both documented set-ups. The list comes from the schema, so a new type
// fails here until the set-ups handle it.
const schema = buildSchema();
const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
const objectTypes = Object.values(schema.getTypeMap()).filter(
  // `_Service`: Federation's, which the published schema.graphql (what frontends use) leaves out.
  (type) => isObjectType(type) && !type.name.startsWith('_') && !roots.includes(type),
);
const EMBEDDED = objectTypes.map((type) => type.name).filter((name) => name !== 'Contact');
const contact = schema.getType('Contact');
const CONTACT_PARTS = isObjectType(contact)
  ? Object.values(contact.getFields()).filter((field) => isObjectType(getNamedType(field.type)))
  : [];

/** An object of the type as a cache meets it, with those of its fields a key could be made from. */
function sample(typename: string): { __typename: string; [field: string]: string } {
  const type = schema.getType(typename);
  const fields = isObjectType(type) ? type.getFields() : {};
  const keyLike = Object.entries({ id: 'x', _id: 'x', instanceId: 'i' }).filter(([field]) => field in fields);
  return { __typename: typename, ...Object.fromEntries(keyLike) };
}

describe('urql graphcache: `keys` (operations/examples/urql-client.ts)', () => {
  it.each(EMBEDDED)('%s has no key: graphcache keeps it inside its parent', (typename) => {
    expect(cacheKeys[typename]?.(sample(typename))).toBeNull();
  });

  it('keys Contact by instanceId and id, and names no type the schema lacks', () => {
    expect(cacheKeys.Contact?.(sample('Contact'))).toBe('["i","x"]');
    expect(Object.keys(cacheKeys).sort()).toEqual(objectTypes.map((type) => type.name).sort());
  });
});

describe('Apollo Client: typePolicies (operations/examples/apollo-client.ts)', () => {
  const cache = createContactCache();

  it.each(EMBEDDED)('%s has no key: the cache keeps it inside its parent', (typename) => {
    expect(cache.identify(sample(typename))).toBeUndefined();
  });

  it('keys Contact by instanceId and id', () => {
    expect(cache.identify(sample('Contact'))).toBe('Contact:{"instanceId":"i","id":"x"}');
  });

  // Without a merge policy Apollo warns "Cache data may be lost when replacing the tags field of a
  // Contact object" when an answer brings fewer fields (or tags) than the cached ones.
  it.each(CONTACT_PARTS.map((field) => [field.name, getNamedType(field.type).name]))(
    'Contact.%s (%s, kept inside the contact) is replaced whole by a newer answer',
    (field, typename) => {
      const merge = cache.policies.getMergeFunction('Contact', field, typename);
      expect(merge).toBeTypeOf('function');
    },
  );
});
