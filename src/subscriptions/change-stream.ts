import type { ContactChangeEvent } from './contact-change.ts';
import type { EndReason } from './stream-metrics.ts';

/** What a stream yields: a change, or, last, why the gateway ended it. */
export type StreamItem = { change: ContactChangeEvent } | { end: Exclude<EndReason, 'client'> };

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * One subscriber's stream of changes with a bounded buffer. yoga pulls the next item only when the
 * client's socket has taken the previous one, so events wait here for a slow client; past `limit`
 * the stream ends with `overflow` rather than drop events silently: a client that missed one shows
 * a stale contact, while one told to resubscribe reads it again.
 *
 * `release` runs once: when the client leaves, or as soon as the gateway ends the stream (the last
 * item then waits for a client that may never read it, holding nothing but itself).
 * `delivered` runs for each change handed to yoga.
 */
export class ChangeStream implements AsyncIterableIterator<StreamItem> {
  readonly #limit: number;
  readonly #release: (reason: EndReason) => void;
  readonly #delivered: () => void;
  readonly #queue: StreamItem[] = [];
  #waiting: ((result: IteratorResult<StreamItem, undefined>) => void) | undefined;
  #ended = false;
  #released = false;

  constructor(limit: number, release: (reason: EndReason) => void, delivered: () => void) {
    this.#limit = limit;
    this.#release = release;
    this.#delivered = delivered;
  }

  /** Queues a change for the client, or ends the stream when `limit` changes are already waiting. */
  push(change: ContactChangeEvent): void {
    if (this.#ended) return;
    if (this.#queue.length >= this.#limit) this.end('overflow');
    else this.#deliver({ change });
  }

  /**
   * Ends the stream with a last item saying why. Changes still waiting are dropped, except on
   * shutdown, where they are sent first: they were allowed, and the client is leaving anyway.
   */
  end(reason: Exclude<EndReason, 'client'>): void {
    if (this.#ended) return;
    this.#ended = true;
    if (reason !== 'shutdown') this.#queue.length = 0;
    this.#deliver({ end: reason });
    this.#releaseOnce(reason);
  }

  next(): Promise<IteratorResult<StreamItem, undefined>> {
    const item = this.#queue.shift();
    if (item !== undefined) return Promise.resolve(this.#handOver(item));
    if (this.#ended) return Promise.resolve(DONE);
    return new Promise((resolve) => (this.#waiting = resolve));
  }

  /** The client went away (yoga calls it when the response is cancelled). */
  return(): Promise<IteratorResult<StreamItem, undefined>> {
    this.#ended = true;
    this.#queue.length = 0;
    this.#waiting?.(DONE);
    this.#waiting = undefined;
    this.#releaseOnce('client');
    return Promise.resolve(DONE);
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
    if ('change' in item) this.#delivered();
    return { done: false, value: item };
  }

  #releaseOnce(reason: EndReason): void {
    if (this.#released) return;
    this.#released = true;
    this.#release(reason);
  }
}
