import { describe, expect, it } from 'vitest';
import { UpdateContactDocument, type UpdateContactInput } from '../../operations/generated/graphql.ts';
import { emoji, updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

const stack = useStack();

async function update(input: UpdateContactInput) {
  const { data, errors } = await stack.execute(UpdateContactDocument, { input });
  expect(errors).toBeUndefined();
  return data!.updateContact;
}

async function expectFieldError(input: UpdateContactInput, path: string[]) {
  stack.emulator.resetCalls();
  const result = await update(input);
  expect(result.__typename).toBe('InvalidParameterError');
  if (result.__typename !== 'InvalidParameterError') return;
  expect(result.fieldErrors.map((e) => e.path)).toEqual([path]);
  expect(stack.emulator.calls).toHaveLength(0);
}

// Each limit on both sides, in astral characters so that a UTF-16 count would get it wrong.
// Ids cannot be found when over-long, so the accepted side checks that validation let them through
// to Connect (which answers ResourceNotFound for an unknown id).
describe('updateContact limits (Unicode code points)', () => {
  it.each([
    ['name', 512],
    ['description', 4096],
  ] as const)('accepts a %s of %i characters and rejects one more', async (field, max) => {
    expect((await update(updateInput({ [field]: emoji(max) }))).__typename).toBe('UpdateContactSuccess');
    await expectFieldError(updateInput({ [field]: emoji(max + 1) }), ['input', field]);
  });

  it('accepts an empty name and description (they clear the field)', async () => {
    expect((await update(updateInput({ name: '', description: '' }))).__typename).toBe('UpdateContactSuccess');
  });

  it.each([
    ['instanceId', 100],
    ['contactId', 256],
  ] as const)('passes a %s of %i characters to Connect and rejects one more', async (field, max) => {
    const accepted = await update(updateInput({ name: 'x', [field]: emoji(max) }));
    expect(accepted.__typename).toBe('ResourceNotFoundError');
    expect(stack.emulator.calls).toHaveLength(1);
    stack.emulator.resetCalls();
    await expectFieldError(updateInput({ name: 'x', [field]: emoji(max + 1) }), ['input', field]);
  });

  it.each(['instanceId', 'contactId'] as const)('rejects an empty %s', async (field) => {
    await expectFieldError(updateInput({ name: 'x', [field]: '' }), ['input', field]);
  });

  // Each length alone: the 4,096-byte total of all references (references.test.ts) bounds them first.
  it('accepts a reference key of 4096 characters (4096 bytes) and a value of 1023 emoji; rejects a key of 4097', async () => {
    const key = await update(updateInput({ references: [{ key: 'k'.repeat(4096), type: 'STRING', value: '' }] }));
    expect(key.__typename).toBe('UpdateContactSuccess');
    const value = await update(updateInput({ references: [{ key: 'k', type: 'STRING', value: emoji(1023) }] }));
    expect(value.__typename).toBe('UpdateContactSuccess');
    const tooLong = await update(updateInput({ references: [{ key: emoji(4097), type: 'STRING', value: 'v' }] }));
    if (tooLong.__typename !== 'InvalidParameterError') throw new Error(tooLong.__typename);
    expect(tooLong.fieldErrors.map((e) => e.path.join('.'))).toEqual(['input.references.0.key', 'input.references']);
  });

  it('accepts an empty reference value and rejects an empty key', async () => {
    expect((await update(updateInput({ references: [{ key: 'k', type: 'URL', value: '' }] }))).__typename).toBe(
      'UpdateContactSuccess',
    );
    await expectFieldError(
      updateInput({
        references: [
          { key: 'a', type: 'URL', value: 'x' },
          { key: '', type: 'URL', value: 'x' },
        ],
      }),
      ['input', 'references', '1', 'key'],
    );
  });

  it('rejects a lone surrogate, which the SDK would otherwise send', async () => {
    await expectFieldError(updateInput({ name: 'ok\uD83D' }), ['input', 'name']);
  });

  it('reports every violation at once, one FieldError each', async () => {
    const result = await update({
      instanceId: emoji(101),
      contactId: '',
      name: emoji(513),
      description: emoji(4097),
      references: [{ key: '', type: 'STRING', value: emoji(4097) }],
      segmentAttributes: [{ key: '', valueString: 'x' }],
    });
    expect(result.__typename).toBe('InvalidParameterError');
    if (result.__typename !== 'InvalidParameterError') return;
    expect(result.fieldErrors.map((e) => e.path.join('.')).sort()).toEqual(
      [
        'input.contactId',
        'input.description',
        'input.instanceId',
        'input.name',
        'input.references.0.key',
        'input.references.0.value',
        'input.references',
        'input.segmentAttributes.0.key',
      ].sort(),
    );
    expect(stack.emulator.calls).toHaveLength(0);
  });
});
