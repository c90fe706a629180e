import type { SqsError } from '../errors.ts';
import { missing, sqsError } from '../errors.ts';
import { isError, queueOf } from '../input.ts';
import type { SqsHandler } from '../operation.ts';
import { failed, ok } from '../operation.ts';
import type { Queue } from '../queue.ts';

type Entry = Readonly<Record<string, unknown>>;

/** The most entries a SendMessageBatch, DeleteMessageBatch or ChangeMessageVisibilityBatch takes. */
export const MAX_BATCH_ENTRIES = 10;
// "The Id ... can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long."
const ENTRY_ID = /^[A-Za-z0-9_-]{1,80}$/;

/** A batch request's `Entries`, checked as SQS checks them before looking at any entry. */
export function batchEntries(input: Entry): Entry[] | SqsError {
  const raw = input.Entries;
  if (raw === undefined || raw === null) return missing('Entries');
  if (!Array.isArray(raw) || !raw.every((e) => typeof e === 'object' && e !== null))
    return sqsError('SerializationException', 'Entries: expected a list of structures');
  const entries = raw as Entry[];
  if (entries.length === 0) return sqsError('EmptyBatchRequest', 'There should be at least one entry in the request.');
  if (entries.length > MAX_BATCH_ENTRIES)
    return sqsError(
      'TooManyEntriesInBatchRequest',
      `Maximum number of entries per request are ${MAX_BATCH_ENTRIES}. You have sent ${entries.length}.`,
    );
  const seen = new Set<string>();
  for (const e of entries) {
    const id = e.Id;
    if (typeof id !== 'string' || !ENTRY_ID.test(id))
      return sqsError(
        'InvalidBatchEntryId',
        'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.',
      );
    if (seen.has(id)) return sqsError('BatchEntryIdsNotDistinct', `Id ${id} repeated.`);
    seen.add(id);
  }
  return entries;
}

/** One entry's failure in a batch answer (`Failed`), with the error's query-compatible code. */
export const entryFailure = (id: string, error: SqsError) => ({
  Id: id,
  SenderFault: error.kind.fault === 'Sender',
  Code: error.kind.code,
  Message: error.message,
});

/** An action on one message of a queue (delete, change visibility): its error, or undefined when done. */
type MessageAction = (queue: Queue, input: Entry, now: number) => SqsError | undefined;

/** The single request of a message action (DeleteMessage, ChangeMessageVisibility). */
export const singleHandler =
  (action: MessageAction): SqsHandler =>
  (input, { queues, now }) => {
    const queue = queueOf(input, queues);
    if (isError(queue)) return failed(queue);
    const error = action(queue, input, now());
    return error ? failed(error) : ok();
  };

/** Its batch: up to 10 entries, each answered in Successful or Failed. */
export const batchHandler =
  (action: MessageAction): SqsHandler =>
  (input, { queues, now }) => {
    const queue = queueOf(input, queues);
    if (isError(queue)) return failed(queue);
    const entries = batchEntries(input);
    if (isError(entries)) return failed(entries);
    const Successful: object[] = [];
    const Failed: object[] = [];
    for (const e of entries) {
      const error = action(queue, e, now());
      if (error) Failed.push(entryFailure(e.Id as string, error));
      else Successful.push({ Id: e.Id });
    }
    return ok({ Successful, Failed });
  };
