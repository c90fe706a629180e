import type { InputFieldBuilder } from '@pothos/core';
import { CONTACT_KEY_LIMITS as K } from '../../validation/limits.ts';
import type { GatewaySchemaTypes } from '../builder.ts';

/**
 * The two ids every contact operation's input starts with, described once; `contact` adds what the
 * operation asks of the contact (e.g. "a scheduled task").
 */
export const contactKeyFields = (t: InputFieldBuilder<GatewaySchemaTypes, 'InputObject'>, contact: string) => ({
  instanceId: t.id({
    required: true,
    description: `The Connect instance id (${K.instanceId.min} to ${K.instanceId.max} characters), as in the instance ARN. An instance outside the gateway's allow-list is an AccessDeniedError.`,
  }),
  contactId: t.id({
    required: true,
    description: `The contact id (${K.contactId.min} to ${K.contactId.max} characters): ${contact}.`,
  }),
});
