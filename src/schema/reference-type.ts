import { ReferenceType as SdkReferenceType } from '@aws-sdk/client-connect';
import { builder } from './builder.ts';

/** Every value the SDK's ReferenceType knows; generated from the SDK so it cannot drift. */
export const ReferenceType = builder.enumType('ReferenceType', {
  description: 'The type of a contact reference (Amazon Connect ReferenceType).',
  values: Object.values(SdkReferenceType),
});
