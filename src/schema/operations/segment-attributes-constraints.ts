import type { SegmentAttributeValue } from '@aws-sdk/client-connect';
import { z } from 'zod';
import { uniqueKeys } from '../../validation/lists.ts';
import { fromModel, modelLength } from '../../validation/model-constraints.ts';

// UpdateContact's SegmentAttributes, as a list of SegmentAttributeInput: a key and exactly one of
// valueString, valueInteger, valueArn, valueJson (a ValueMap as a JSON object, a ValueList as an
// array, each nested value a SegmentAttributeValue as Connect writes it).

const PATH = 'SegmentAttributes';

/** SegmentAttributes' limits from the model, for descriptions. */
export const SEGMENT_ATTRIBUTE_LIMITS = {
  key: modelLength('UpdateContact', `${PATH}.key`),
  valueString: modelLength('UpdateContact', `${PATH}.value.ValueString`),
  valueArn: modelLength('UpdateContact', `${PATH}.value.ValueArn`),
} as const;

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
const attributeName = fromModel('UpdateContact', `${PATH}.key`);
const valueString = fromModel('UpdateContact', `${PATH}.value.ValueString`);
const valueArn = fromModel('UpdateContact', `${PATH}.value.ValueArn`);
const valueInteger = z.number().int().min(INT32.min).max(INT32.max);

// A nested SegmentAttributeValue inside valueJson, as the SDK writes it (ValueMap keys are SegmentAttributeNames).
const nestedValue: z.ZodType<SegmentAttributeValue> = z.lazy(() =>
  z.strictObject({
    ValueString: valueString.optional(),
    ValueInteger: valueInteger.optional(),
    ValueArn: valueArn.optional(),
    ValueMap: z.record(attributeName, nestedValue).optional(),
    ValueList: z.array(nestedValue).optional(),
  }),
);

const VALUE_FIELDS = ['valueString', 'valueInteger', 'valueArn', 'valueJson'] as const;

export interface SegmentAttributeShape {
  key: string;
  valueString?: string | null;
  valueInteger?: number | null;
  valueArn?: string | null;
  valueJson?: string | null;
}

/** valueJson's text as a ValueMap (an object) or a ValueList (an array), or the reason it is neither. */
export function parseValueJson(text: string): { value: SegmentAttributeValue } | { problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'must be JSON text' };
  }
  const shaped = Array.isArray(parsed)
    ? z.array(nestedValue).safeParse(parsed)
    : z.record(attributeName, nestedValue).safeParse(parsed);
  if (!shaped.success) {
    const [issue] = shaped.error.issues;
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return {
      problem: `must be a JSON object (ValueMap) or array (ValueList) of segment attribute values${where}: ${issue?.message ?? 'invalid'}`,
    };
  }
  return { value: Array.isArray(shaped.data) ? { ValueList: shaped.data } : { ValueMap: shaped.data } };
}

const segmentAttribute = z
  .object({
    key: attributeName,
    valueString: valueString.nullish(),
    valueInteger: valueInteger.nullish(),
    valueArn: valueArn.nullish(),
    valueJson: z.string().nullish(),
  })
  .superRefine((attribute, ctx) => {
    const given = VALUE_FIELDS.filter((field) => attribute[field] != null);
    if (given.length !== 1)
      ctx.addIssue({
        code: 'custom',
        message: `give exactly one of ${VALUE_FIELDS.join(', ')}; got ${given.length === 0 ? 'none' : given.join(', ')}`,
      });
    if (attribute.valueJson != null) {
      const parsed = parseValueJson(attribute.valueJson);
      if ('problem' in parsed) ctx.addIssue({ code: 'custom', path: ['valueJson'], message: parsed.problem });
    }
  });

export const segmentAttributesSchema = z.array(segmentAttribute).superRefine(
  uniqueKeys(
    (attribute) => attribute.key,
    (index) => [index, 'key'],
    (first) => `duplicates the key of segmentAttributes[${first}]; segment attribute keys must be unique`,
  ),
);

/** The SegmentAttributes map the SDK sends, from validated input. */
export function toSegmentAttributes(
  attributes: readonly SegmentAttributeShape[],
): Record<string, SegmentAttributeValue> {
  return Object.fromEntries(
    attributes.map((a): [string, SegmentAttributeValue] => {
      if (a.valueString != null) return [a.key, { ValueString: a.valueString }];
      if (a.valueInteger != null) return [a.key, { ValueInteger: a.valueInteger }];
      if (a.valueArn != null) return [a.key, { ValueArn: a.valueArn }];
      const parsed = parseValueJson(a.valueJson ?? '');
      // Validation has refused anything else before the call.
      if ('problem' in parsed) throw new Error(`segmentAttributes ${a.key}: ${parsed.problem}`);
      return [a.key, parsed.value];
    }),
  );
}
