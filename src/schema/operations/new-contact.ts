import { MalformedResponseError } from '../../connect/errors.ts';

/**
 * Connect's answer with the id and ARN of the contact the operation created (TransferContact's new
 * contact, MonitorContact's monitoring one) made certain: a 200 that does not name it cannot be
 * reported as a success.
 */
export function withNewContact<Output extends { ContactId?: string; ContactArn?: string }>(
  output: Output,
  operation: string,
): Output & { ContactId: string; ContactArn: string } {
  const { ContactId, ContactArn } = output;
  if (!ContactId || !ContactArn) throw new MalformedResponseError(`${operation} answered without the new contact`);
  return { ...output, ContactId, ContactArn };
}
