// The body PauseContact and ResumeContact share: ContactId, InstanceId, an optional ContactFlowId.
import { z } from 'zod';
import type { ContactIds } from './contact-lookup.ts';
import { readIdentifiedBody, text } from './contact-lookup.ts';
import type { Validated } from './validation.ts';
import { lengthViolation } from './validation.ts';

const bodySchema = z.looseObject({ ContactId: text, InstanceId: text, ContactFlowId: text });

/** The contact's ids once the body's types and constraints (ContactFlowId 0..500) hold. */
export function readFlowControl(body: unknown): Validated<ContactIds> {
  const read = readIdentifiedBody(bodySchema, body, (b) => b.ContactId);
  if (!read.ok) return read;
  const bad = lengthViolation(read.value.input.ContactFlowId, 'contactFlowId', 0, 500);
  return bad ? { ok: false, error: bad } : { ok: true, value: read.value.ids };
}
