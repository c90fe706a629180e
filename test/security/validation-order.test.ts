import { describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { bearer, HS256_ENV, hs256Token } from '../support/tokens.ts';

const stack = useStack({ env: HS256_ENV });

describe('input validation and scopes (docs/security.md)', () => {
  it('answers a read-only caller’s invalid input with InvalidParameterError, as documented, and calls nothing', async () => {
    const token = await hs256Token({ scope: 'contacts:read' });
    const { data, errors } = await stack.execute(
      UpdateContactDocument,
      { input: updateInput({ name: 'x'.repeat(513) }) },
      bearer(token),
    );
    expect(errors).toBeUndefined();
    expect(data?.updateContact.__typename).toBe('InvalidParameterError');
    expect(stack.connectCalls()).toHaveLength(0);
  });
});
