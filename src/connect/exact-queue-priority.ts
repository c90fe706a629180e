import type { ConnectClient, Contact, UpdateContactRoutingDataCommandInput } from '@aws-sdk/client-connect';
import { MalformedResponseError } from './errors.ts';
import { integerAt, isLong, withIntegerMember } from './json-integers.ts';

// QueuePriority is a long (1 to 2^63 - 1), but the SDK types it as a number and writes and reads
// it with JSON numbers, exact only up to 2^53 - 1: 9223372036854775807 would go out as
// 9223372036854776000. Two middlewares keep it exact on the wire, in both directions.

/** The exact priority, carried beside the input's rounded QueuePriority; the SDK ignores unmodelled keys. */
const EXACT = Symbol('exact QueuePriority');

/** UpdateContactRoutingData's input, sending `priority` to Connect digit for digit. */
export function withExactQueuePriority(input: UpdateContactRoutingDataCommandInput, priority: bigint) {
  return { ...input, QueuePriority: Number(priority), [EXACT]: priority };
}

// Contacts whose QueuePriority the SDK rounded, with the exact value read from Connect's answer.
const exactPriorities = new WeakMap<object, bigint>();

/** A contact's QueuePriority as Connect sent it, digit for digit. */
export function queuePriorityOf(contact: Contact): bigint | undefined {
  const rounded = contact.QueuePriority;
  return rounded === undefined ? undefined : (exactPriorities.get(contact) ?? BigInt(rounded));
}

const bodyText = (body: unknown): string | undefined =>
  typeof body === 'string' ? body : body instanceof Uint8Array ? new TextDecoder().decode(body) : undefined;

const hasBody = (value: unknown): value is { body: unknown } =>
  typeof value === 'object' && value !== null && 'body' in value;

const describedContact = (output: unknown): object | undefined => {
  const contact = typeof output === 'object' && output !== null && 'Contact' in output ? output.Contact : undefined;
  return typeof contact === 'object' && contact !== null ? contact : undefined;
};

/**
 * Registers both middlewares on the client. Sending: at the build step, before the content length
 * is computed and the request signed, the serialized body gets the exact digits. Reading: after the
 * SDK parsed DescribeContact's answer, a priority it could not hold exactly is read again from the
 * body's digits; rejectMalformedResponses (response-check.ts) has left every 2xx body as bytes.
 */
export function keepQueuePriorityExact(client: ConnectClient): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      const exact = EXACT in args.input ? args.input[EXACT] : undefined;
      const { request } = args;
      if (typeof exact === 'bigint' && hasBody(request)) {
        const text = bodyText(request.body);
        if (text !== undefined) request.body = withIntegerMember(text, 'QueuePriority', exact);
      }
      return next(args);
    },
    { step: 'build', priority: 'high', name: 'sendExactQueuePriority' },
  );
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const contact = context.commandName === 'DescribeContactCommand' ? describedContact(result.output) : undefined;
      const rounded = contact && 'QueuePriority' in contact ? contact.QueuePriority : undefined;
      if (contact === undefined || rounded === undefined || Number.isSafeInteger(rounded)) return result;
      const text = hasBody(result.response) ? bodyText(result.response.body) : undefined;
      const exact = text === undefined ? undefined : integerAt(text, ['Contact', 'QueuePriority']);
      if (exact === undefined || !isLong(exact))
        throw new MalformedResponseError('DescribeContact answered a QueuePriority that is not a long');
      exactPriorities.set(contact, exact);
      return result;
    },
    // Outside the SDK's deserializer, which has made `output` by now.
    { step: 'deserialize', priority: 'high', name: 'readExactQueuePriority' },
  );
}
