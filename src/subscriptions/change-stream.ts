import type { ContactChangeEvent } from './contact-change.ts';
import type { EndReason } from './stream-metrics.ts';

/** What a stream yields: a change, or, last, why the gateway ended it. */
export type StreamItem = { change: ContactChangeEvent } | { end: Exclude<EndReason, 'client'> };

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * One subscriber's stream of changes with a bounded buffer. yoga pulls the next item only when the
 * client's socket has taken the previous one, so events wait here for a slow client; past `limit`
 * the stream ends with `overflow` rather than drop events silently: a client that missed one shows
 * a stale contact, while one told to resubscribe reads it again. `onClose` runs once, however the
 * stream ends (the client leaves, or the end item was read); `onDelivered` for each change handed
 * to yoga.
 */
export class ChangeStream implements AsyncIterableIterator<StreamItem> {
  readonly #limit: number;
  readonly #onClose: (reason: EndReason) => void;
  readonly #onDelivered: () => void;
  readonly #queue: StreamItem[] = [];
  #waiting: ((result: IteratorResult<StreamItem, undefined>) => void) | undefined;
  #ending: Exclude<EndReason, 'client'> | undefined;
  #closed = false;

  constructor(limit: number, onClose: (reason: EndReason) => void, onDelivered: () => void) {
    this.#limit = limit;
    this.#onClose = onClose;
    this.#onDelivered = onDelivered;
  }

  /** Queues a change for the client, or ends the stream when `limit` changes are already waiting. */
  push(change: ContactChangeEvent): void {
    if (this.#ending !== undefined || this.#closed) return;
    if (this.#queue.length >= this.#limit) this.end('overflow');
    else this.#deliver({ change });
  }

  /**
   * Ends the stream with a last item saying why. Changes still waiting are dropped, except on
   * shutdown, where they are sent first: they were allowed, and the client is leaving anyway.
   */
  end(reason: Exclude<EndReason, 'client'>): void {
    if (this.#ending !== undefined || this.#closed) return;
    this.#ending = reason;
    if (reason !== 'shutdown') this.#queue.length = 0;
    this.#deliver({ end: reason });
  }

  next(): Promise<IteratorResult<StreamItem, undefined>> {
    const item = this.#queue.shift();
    if (item !== undefined) return Promise.resolve(this.#handOver(item));
    if (this.#closed || this.#ending !== undefined) return Promise.resolve(this.#close('client'));
    return new Promise((resolve) => (this.#waiting = resolve));
  }

  /** The client went away (yoga calls it when the response is cancelled). */
  return(): Promise<IteratorResult<StreamItem, undefined>> {
    this.#queue.length = 0;
    return Promise.resolve(this.#close('client'));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  #deliver(item: StreamItem): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting) waiting(this.#handOver(item));
    else this.#queue.push(item);
  }

  #handOver(item: StreamItem): IteratorYieldResult<StreamItem> {
    if ('change' in item) this.#onDelivered();
    return { done: false, value: item };
  }

  #close(reason: EndReason): IteratorReturnResult<undefined> {
    if (this.#closed) return DONE;
    this.#closed = true;
    this.#waiting?.(DONE);
    this.#waiting = undefined;
    this.#onClose(this.#ending ?? reason);
    return DONE;
  }
}
