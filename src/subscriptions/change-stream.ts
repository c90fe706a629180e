import type { ContactChangeEvent } from './contact-change.ts';
import { compareEventIds, type EventId } from './event-id.ts';
import type { Delivery, ReplayFailure } from './replay.ts';
import type { EndReason } from './stream-metrics.ts';

/** What a stream yields: a change (with its id), or, last, why the gateway ended it. */
export type StreamItem = Delivery | { end: Exclude<EndReason, 'client'> };

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * One subscriber's stream of changes with a bounded buffer. yoga pulls the next item only when the
 * client's socket has taken the previous one, so events wait here for a slow client; past `limit`
 * the stream ends with `overflow` rather than drop events silently: a client that missed one shows
 * a stale contact, while one told to resubscribe reads it again.
 *
 * A stream that resumes (Last-Event-ID) first hands over the `backlog` of changes it missed, read
 * as the client takes them; changes arriving meanwhile wait in the buffer like any other, and one
 * the backlog already gave (same id or older) is not handed over twice.
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
  #backlog: AsyncGenerator<Delivery, ReplayFailure | undefined> | undefined;
  #waiting: ((result: IteratorResult<StreamItem, undefined>) => void) | undefined;
  /** The id of the newest change handed over. */
  #last: EventId | undefined;
  #ended = false;
  #released = false;

  constructor(
    limit: number,
    release: (reason: EndReason) => void,
    delivered: () => void,
    backlog?: AsyncGenerator<Delivery, ReplayFailure | undefined>,
  ) {
    this.#limit = limit;
    this.#release = release;
    this.#delivered = delivered;
    this.#backlog = backlog;
  }

  /** Queues a change for the client, or ends the stream when `limit` changes are already waiting. */
  push(change: ContactChangeEvent, id?: EventId): void {
    if (this.#ended) return;
    if (this.#queue.length >= this.#limit) this.end('overflow');
    else this.#deliver(id === undefined ? { change } : { change, id });
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
    this.#stopBacklog();
  }

  async next(): Promise<IteratorResult<StreamItem, undefined>> {
    while (this.#backlog !== undefined && !this.#ended) {
      const missed = await this.#backlog.next();
      if (this.#ended) break;
      if (missed.done) {
        this.#backlog = undefined;
        if (missed.value !== undefined) this.end(missed.value);
        break;
      }
      return this.#handOver(missed.value);
    }
    return this.#fromQueue();
  }

  /** The client went away (yoga calls it when the response is cancelled). */
  return(): Promise<IteratorResult<StreamItem, undefined>> {
    this.#ended = true;
    this.#queue.length = 0;
    this.#waiting?.(DONE);
    this.#waiting = undefined;
    this.#releaseOnce('client');
    this.#stopBacklog();
    return Promise.resolve(DONE);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  #fromQueue(): Promise<IteratorResult<StreamItem, undefined>> {
    let item = this.#queue.shift();
    while (item !== undefined && this.#handedBefore(item)) item = this.#queue.shift();
    if (item !== undefined) return Promise.resolve(this.#handOver(item));
    if (this.#ended) return Promise.resolve(DONE);
    return new Promise((resolve) => (this.#waiting = resolve));
  }

  /** Whether the backlog already gave this change. */
  #handedBefore(item: StreamItem): boolean {
    return (
      'id' in item && item.id !== undefined && this.#last !== undefined && compareEventIds(item.id, this.#last) <= 0
    );
  }

  #deliver(item: StreamItem): void {
    const waiting = this.#waiting;
    if (waiting && !this.#handedBefore(item)) {
      this.#waiting = undefined;
      waiting(this.#handOver(item));
    } else if (!this.#handedBefore(item)) this.#queue.push(item);
  }

  #handOver(item: StreamItem): IteratorYieldResult<StreamItem> {
    if ('change' in item) {
      this.#delivered();
      if (item.id !== undefined) this.#last = item.id;
    }
    return { done: false, value: item };
  }

  #stopBacklog(): void {
    const backlog = this.#backlog;
    this.#backlog = undefined;
    // A page being read finishes first; its result is then dropped.
    void backlog?.return(undefined).catch(() => undefined);
  }

  #releaseOnce(reason: EndReason): void {
    if (this.#released) return;
    this.#released = true;
    this.#release(reason);
  }
}
