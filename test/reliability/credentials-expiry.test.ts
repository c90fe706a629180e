import { CredentialsProviderError } from '@smithy/core/config';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { beforeEach, describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';
import { MASKED_MESSAGE, storedName } from './support.ts';

// Credentials that resolve at start and stop resolving later, as an assumed role's do when it can no
// longer be renewed. Each resolution expires within the SDK's 5-minute refresh window, so the SDK
// asks the provider again for every call, as it does near a real expiry.
let expired = false;
let resolutions = 0;
const expiringCredentials: AwsCredentialIdentityProvider = async () => {
  resolutions += 1;
  if (expired) throw new CredentialsProviderError('the role session could not be renewed', { tryNextLink: false });
  return { accessKeyId: 'expiring', secretAccessKey: 'expiring', expiration: new Date(Date.now() + 60_000) };
};

const stack = useStack({ client: { maxAttempts: 3, credentials: expiringCredentials } });
beforeEach(() => {
  expired = false;
  stack.emulator.resetStore();
});
const update = (name: string) => stack.execute(UpdateContactDocument, { input: updateInput({ name }) });

describe('credentials that stop resolving after start-up', () => {
  it('answer the masked CONNECT_CREDENTIALS_UNAVAILABLE, without calling Connect, and /ready turns 503', async () => {
    expect((await update('while the role is valid')).data?.updateContact.__typename).toBe('UpdateContactSuccess');
    expect(stack.connectCalls('UpdateContact')).toHaveLength(1);
    const resolvedBefore = resolutions;

    expired = true;
    const { data, errors } = await update('never stored');
    expect(data).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({
        message: MASKED_MESSAGE,
        extensions: expect.objectContaining({ code: 'CONNECT_CREDENTIALS_UNAVAILABLE' }),
      }),
    ]);
    // The provider was asked (not a cached identity), the call was never signed nor sent, nor retried.
    expect(resolutions).toBe(resolvedBefore + 1);
    expect(stack.connectCalls('UpdateContact')).toHaveLength(1);
    expect(storedName(stack)).toBe('while the role is valid');
    expect(await stack.readiness.check()).toMatchObject({ ready: false, checks: { credentials: 'unresolved' } });
  });

  it('once they resolve again, calls succeed', async () => {
    expired = true;
    expect((await update('refused'))?.errors?.[0]?.extensions?.code).toBe('CONNECT_CREDENTIALS_UNAVAILABLE');
    expired = false;
    expect((await update('renewed')).data?.updateContact.__typename).toBe('UpdateContactSuccess');
    expect(storedName(stack)).toBe('renewed');
  });
});
