import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { UpdateContactRoutingDataDocument } from '../../operations/generated/graphql.ts';
import { MAX_VARIABLES_DEPTH, nestingDepth } from '../../src/plugins/use-variables-depth.ts';
import { INSTANCE_ID, ONGOING_CONTACT_ID } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { rawRequest } from './support/raw-http.ts';

const stack = useStack();

/** A value `depth` objects deep: nestingDepth(nested(n)) === n. */
const nested = (depth: number): Record<string, unknown> => {
  let value: Record<string, unknown> = {};
  for (let level = 1; level < depth; level++) value = { a: value };
  return value;
};

/** Routing criteria whose expressions nest `levels` AND expressions deep. */
const deepCriteria = (levels: number) => {
  let expression: Record<string, unknown> = { attributeCondition: { name: 'Language', value: 'French' } };
  for (let level = 0; level < levels; level++) expression = { andExpression: [expression] };
  return { steps: [{ expression }] };
};

async function post(variables: Record<string, unknown>, query = '{ __typename }') {
  const response = await stack.post({ query, variables });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

describe('nestingDepth', () => {
  it('counts objects and lists, the outermost as 1, and nothing for scalars', () => {
    expect(nestingDepth('x')).toBe(0);
    expect(nestingDepth(null)).toBe(0);
    expect(nestingDepth({})).toBe(1);
    expect(nestingDepth({ a: [1, { b: [] }], c: 'x' })).toBe(4);
    expect(nestingDepth(nested(10_000))).toBe(10_000);
  });
});

describe(`variables nested deeper than ${MAX_VARIABLES_DEPTH} levels`, () => {
  it(`serves variables ${MAX_VARIABLES_DEPTH} levels deep and refuses ${MAX_VARIABLES_DEPTH + 1} with a 400`, async () => {
    const allowed = await post({ x: nested(MAX_VARIABLES_DEPTH - 1) });
    expect(allowed).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    const refused = await post({ x: nested(MAX_VARIABLES_DEPTH) });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('VARIABLES_TOO_DEEP');
  });

  it('answers 1,500 nested routing expressions (30 KB, which overflowed coercion into a 500) with a 400, and calls nothing', async () => {
    const { status, body } = await post(
      { input: { instanceId: INSTANCE_ID, contactId: ONGOING_CONTACT_ID, routingCriteria: deepCriteria(1_500) } },
      print(UpdateContactRoutingDataDocument),
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('VARIABLES_TOO_DEEP');
    expect(stack.connectCalls()).toHaveLength(0);
  });

  it('refuses them in a GET query string too', async () => {
    const variables = encodeURIComponent(JSON.stringify({ x: nested(MAX_VARIABLES_DEPTH) }));
    const answer = await rawRequest(stack.url, {
      method: 'GET',
      path: `/graphql?query=%7B__typename%7D&variables=${variables}`,
      headers: { 'graphql-preflight': '1' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('VARIABLES_TOO_DEEP');
  });
});
