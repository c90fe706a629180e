import { CONTACT_KEY_LIMITS as K } from '../../validation/limits.ts';
import type { GatewaySchemaTypes } from '../builder.ts';

// The id fields every contact operation's input has, described once with their limits.

type InputFields = PothosSchemaTypes.InputFieldBuilder<GatewaySchemaTypes, 'InputObject'>;

export const instanceIdInput = (t: InputFields) =>
  t.id({
    required: true,
    description: `The Connect instance id (${K.instanceId.min} to ${K.instanceId.max} characters). An instance outside the gateway's allow-list is an AccessDeniedError.`,
  });

/** `more` adds what this operation's contact id means, e.g. whether the data belongs to the contact or its chain. */
export const contactIdInput = (t: InputFields, more = '') =>
  t.id({
    required: true,
    description: `The contact id (${K.contactId.min} to ${K.contactId.max} characters).${more && ` ${more}`}`,
  });
