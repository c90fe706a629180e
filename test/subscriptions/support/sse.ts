import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';

/** One event of a GraphQL-over-SSE stream: a result (with its SSE `id:` when it has one), or the end of the stream. */
export type SseEvent<TResult = unknown> =
  | { event: 'next'; data: ExecutionResult<TResult>; id?: string }
  | { event: 'complete' };

/** A subscription read the way a client reads it: over real HTTP, event by event. */
export interface SseStream<TResult> {
  status: number;
  headers: Headers;
  /** SSE comments received so far (the heartbeat). */
  readonly comments: number;
  /** The next event; rejects when none comes within `timeoutMs`. */
  next(timeoutMs?: number): Promise<SseEvent<TResult>>;
  /** Resolves with the events of the next `ms` milliseconds (to show that none came). */
  during(ms: number): Promise<SseEvent<TResult>[]>;
  close(): void;
}

/** Parses `event:`/`data:`/`id:` blocks; a block of comment lines only is a heartbeat. */
function parseBlock(block: string): SseEvent | 'comment' | undefined {
  const lines = block.split('\n');
  if (lines.every((line) => line.startsWith(':'))) return 'comment';
  const event = lines
    .find((line) => line.startsWith('event:'))
    ?.slice(6)
    .trim();
  const data = lines
    .filter((line) => line.startsWith('data:'))
    .map((line) => line.slice(5).trimStart())
    .join('\n');
  const id = lines
    .find((line) => line.startsWith('id:'))
    ?.slice(3)
    .trimStart();
  if (event === 'complete') return { event: 'complete' };
  if (event === 'next')
    return { event: 'next', data: JSON.parse(data) as ExecutionResult, ...(id === undefined ? {} : { id }) };
  return undefined;
}

/** POSTs a subscription with `Accept: text/event-stream` and reads its events as they come. */
export async function subscribe<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  headers: Record<string, string> = {},
): Promise<SseStream<TResult>> {
  const controller = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query: print(document), variables }),
    signal: controller.signal,
  });
  const events: SseEvent<TResult>[] = [];
  let comments = 0;
  let wake: (() => void) | undefined;
  let ended = false;
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      const reader = response.body!.getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        buffer += decoder.decode(read.value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const parsed = parseBlock(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (parsed === 'comment') comments++;
          else if (parsed !== undefined) events.push(parsed as SseEvent<TResult>);
          wake?.();
        }
      }
    } catch {
      // Closed by close() or by the server.
    }
    ended = true;
    wake?.();
  })();
  const waitFor = (timeoutMs: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  return {
    status: response.status,
    headers: response.headers,
    get comments() {
      return comments;
    },
    async next(timeoutMs = 5_000) {
      const until = performance.now() + timeoutMs;
      while (events.length === 0) {
        if (ended) throw new Error('the stream ended without another event');
        const left = until - performance.now();
        if (left <= 0) throw new Error(`no event within ${timeoutMs} ms`);
        await waitFor(left);
      }
      return events.shift()!;
    },
    async during(ms) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return events.splice(0);
    },
    close: () => controller.abort(),
  };
}
