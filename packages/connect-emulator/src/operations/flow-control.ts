// The body PauseContact and ResumeContact share: ContactId, InstanceId, an optional ContactFlowId.
import { z } from 'zod';
import type { ContactIds } from './contact-lookup.ts';
import { readIdentifiedBody, text } from './contact-lookup.ts';
import { modelString } from './model-limits.ts';
import type { Validated } from './validation.ts';

// PauseContact's and ResumeContact's ContactFlowId: the same shape in the model.
const contactFlowIdCheck = modelString('PauseContact', 'ContactFlowId');

const bodySchema = z.looseObject({ ContactId: text, InstanceId: text, ContactFlowId: text });

/** The contact's ids once the body's types and constraints (the model's ContactFlowId) hold. */
export function readFlowControl(body: unknown): Validated<ContactIds> {
  const read = readIdentifiedBody(bodySchema, body, (b) => b.ContactId);
  if (!read.ok) return read;
  const bad = contactFlowIdCheck(read.value.input.ContactFlowId, 'contactFlowId');
  return bad ? { ok: false, error: bad } : { ok: true, value: read.value.ids };
}
