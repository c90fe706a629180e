import {
  InvalidParameterException,
  ListContactReferencesCommand,
  paginateListContactReferences,
  type ReferenceType,
  ResourceNotFoundException,
  UpdateContactCommand,
} from '@aws-sdk/client-connect';
import { beforeEach, describe, expect, it } from 'vitest';
import { REFERENCES_PAGE_SIZE, SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '../src/index.ts';
import { rejectionOf, useEmulator } from './sdk-client.ts';

const env = useEmulator();
beforeEach(() => env.emulator.resetStore());

const ARN = 'arn:aws:connect:us-east-1:123456789012:instance/x/file/abc';
const list = (ContactId: string, ReferenceTypes: ReferenceType[], NextToken?: string) =>
  env.client.send(
    new ListContactReferencesCommand({ InstanceId: SEED_INSTANCE_ID, ContactId, ReferenceTypes, NextToken }),
  );
const freshContact = () => env.emulator.store.addContact({ instanceId: SEED_INSTANCE_ID }).contact.Id;

describe('ListContactReferences', () => {
  it('answers what UpdateContact wrote, each type as its ReferenceSummary member with the members its shape has', async () => {
    const id = freshContact();
    await env.client.send(
      new UpdateContactCommand({
        InstanceId: SEED_INSTANCE_ID,
        ContactId: id,
        References: {
          link: { Type: 'URL', Value: 'https://example.com' },
          note: { Type: 'STRING', Value: 'hello' },
          count: { Type: 'NUMBER', Value: '3' },
          due: { Type: 'DATE', Value: '1735689600' },
          mail: { Type: 'EMAIL', Value: 'a@example.com' },
          file: { Type: 'ATTACHMENT', Value: 'f.pdf', Status: 'APPROVED', Arn: ARN, StatusReason: 'scanned' },
          message: { Type: 'EMAIL_MESSAGE', Arn: ARN },
        },
      }),
    );
    const all = await list(id, ['URL', 'STRING', 'NUMBER', 'DATE', 'EMAIL', 'ATTACHMENT']);
    expect(all.ReferenceSummaryList).toEqual([
      { Url: { Name: 'link', Value: 'https://example.com' } },
      { String: { Name: 'note', Value: 'hello' } },
      { Number: { Name: 'count', Value: '3' } },
      { Date: { Name: 'due', Value: '1735689600' } },
      { Email: { Name: 'mail', Value: 'a@example.com' } },
      // The summary has no StatusReason: Connect's AttachmentReference does not carry one.
      { Attachment: { Name: 'file', Value: 'f.pdf', Status: 'APPROVED', Arn: ARN } },
    ]);
    expect(all.NextToken).toBeUndefined();
    expect((await list(id, ['EMAIL_MESSAGE'])).ReferenceSummaryList).toEqual([
      { EmailMessage: { Name: 'message', Arn: ARN } },
    ]);
    expect((await list(id, ['CONTACT_ANALYSIS'])).ReferenceSummaryList).toEqual([]);
  });

  it(`pages by ${REFERENCES_PAGE_SIZE}, with a NextToken until the last page; the SDK's paginator reads them all`, async () => {
    const id = freshContact();
    const n = REFERENCES_PAGE_SIZE * 2 + 1;
    const References = Object.fromEntries(
      Array.from({ length: n }, (_, i) => [`r${i}`, { Type: 'STRING' as const, Value: `${i}` }]),
    );
    await env.client.send(new UpdateContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId: id, References }));
    const first = await list(id, ['STRING']);
    expect(first.ReferenceSummaryList).toHaveLength(REFERENCES_PAGE_SIZE);
    expect(first.NextToken).toBeTypeOf('string');
    const names: string[] = [];
    for await (const page of paginateListContactReferences(
      { client: env.client },
      { InstanceId: SEED_INSTANCE_ID, ContactId: id, ReferenceTypes: ['STRING'] },
    ))
      for (const summary of page.ReferenceSummaryList ?? []) names.push(summary.String?.Name ?? '');
    expect(names).toEqual(Object.keys(References));
  });

  it('refuses a NextToken of other types, or not its own', async () => {
    const id = freshContact();
    const References = Object.fromEntries(
      Array.from({ length: REFERENCES_PAGE_SIZE + 1 }, (_, i) => [`r${i}`, { Type: 'URL' as const, Value: 'u' }]),
    );
    await env.client.send(new UpdateContactCommand({ InstanceId: SEED_INSTANCE_ID, ContactId: id, References }));
    const { NextToken } = await list(id, ['URL']);
    expect((await list(id, ['URL'], NextToken)).ReferenceSummaryList).toHaveLength(1);
    expect(await rejectionOf(list(id, ['URL', 'STRING'], NextToken))).toBeInstanceOf(InvalidParameterException);
    expect(await rejectionOf(list(id, ['URL'], 'not-a-token'))).toBeInstanceOf(InvalidParameterException);
  });

  it('requires 1 to 6 ReferenceTypes, each a value of the enum', async () => {
    const id = SEED_CONTACT_IDS.chatCompleted;
    const six: ReferenceType[] = ['URL', 'STRING', 'NUMBER', 'DATE', 'EMAIL', 'ATTACHMENT'];
    expect((await list(id, six)).ReferenceSummaryList).toEqual([{ String: { Name: 'order', Value: 'ORD-1042' } }]);
    const seven = await rejectionOf(list(id, [...six, 'EMAIL_MESSAGE']));
    expect(seven).toBeInstanceOf(InvalidParameterException);
    expect(seven.message).toMatch(/referenceTypes.*length between 0 and 6/);
    const none = await rejectionOf(list(id, []));
    expect(none.message).toMatch(/referenceTypes.*must not be null/);
    const unknown = await rejectionOf(list(id, ['LINK' as ReferenceType]));
    expect(unknown.message).toMatch(/referenceTypes\.1\.member.*enum/);
  });

  it('answers ResourceNotFoundException for an unknown contact or instance', async () => {
    expect(await rejectionOf(list('no-such-contact', ['URL']))).toBeInstanceOf(ResourceNotFoundException);
    const other = env.client.send(
      new ListContactReferencesCommand({ InstanceId: 'no-such-instance', ContactId: 'x', ReferenceTypes: ['URL'] }),
    );
    expect(await rejectionOf(other)).toBeInstanceOf(ResourceNotFoundException);
  });
});
