// The body PauseContact and ResumeContact share: ContactId, InstanceId, an optional ContactFlowId.
import { z } from 'zod';
import { bodyIds, text } from './contact-lookup.ts';
import { deserialize, lengthViolation } from './validation.ts';
import type { Validated } from './validation.ts';

const bodySchema = z.looseObject({ ContactId: text, InstanceId: text, ContactFlowId: text });

/** The contact's ids once the body's types and constraints (ContactFlowId 0..500) hold. */
export function readFlowControl(body: unknown): Validated<{ instanceId: string; contactId: string }> {
  const input = deserialize(bodySchema, body);
  if (!input.ok) return input;
  const ids = bodyIds(input.value.InstanceId, input.value.ContactId);
  if (!ids.ok) return ids;
  const bad = lengthViolation(input.value.ContactFlowId, 'contactFlowId', 0, 500);
  return bad ? { ok: false, error: bad } : ids;
}
