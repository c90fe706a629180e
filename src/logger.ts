import type { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';
import { summarizeError } from './error-summary.ts';

export type { Logger };

// pino-pretty is a dev dependency: a production install without it still logs (as JSON).
function prettyAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

const WITHHELD = 'error (its message is withheld: it may quote client input)';

// Every logger, and yoga's logging of masked errors through it, writes an error as its summary
// (kind, code, frames), never its message or the stack's first line: pino would otherwise write
// both, and a message may quote a client's input of any size (a 300 KB type name, twice).
const safeErrors: Pick<LoggerOptions, 'serializers' | 'hooks'> = {
  serializers: { err: summarizeError },
  hooks: {
    logMethod(args, method) {
      const [first, ...rest] = args as unknown[];
      // pino uses an error's message as the line's message when none is given.
      if (first instanceof Error) return method.apply(this, [{ err: first }, rest[0] ?? WITHHELD] as never);
      const errOnly = typeof first === 'object' && first !== null && 'err' in first && rest.length === 0;
      return method.apply(this, (errOnly ? [first, WITHHELD] : args) as never);
    },
  },
};

/** pino's own destinations (sonic-boom, or a transport's thread) are event emitters that end. */
type EndingDestination = DestinationStream & Pick<EventEmitter, 'once' | 'on'> & { end(): void; destroy?(): void };

const isEnding = (stream: DestinationStream): stream is EndingDestination =>
  'once' in stream && 'end' in stream && typeof stream.end === 'function';

// The destination of each logger made here, and whether its reader has gone (EPIPE).
const destinations = new WeakMap<
  Logger,
  { stream: DestinationStream; broken: boolean; closing: Promise<void> | undefined }
>();

/**
 * Structured JSON logs (one line per event) in production; human-readable in development when
 * pino-pretty is installed. Tokens, secrets and contact values are never passed to the logger.
 * Lines are written asynchronously: a log pipe that is full never blocks serving or stopping.
 */
export function createLogger(options: {
  env: 'development' | 'production' | 'test';
  level?: string;
  /** Default stdout; tests pass a stream to read the lines. */
  destination?: DestinationStream;
}): Logger {
  const level = options.level ?? (options.env === 'test' ? 'silent' : 'info');
  const base = { service: 'connect-contact-gateway' };
  const pretty = options.env === 'development' && options.destination === undefined && prettyAvailable();
  const stream =
    options.destination ??
    (pretty
      ? pino.transport({ target: 'pino-pretty', options: { singleLine: true } })
      : pino.destination({ dest: 1, sync: false }));
  const logger = pretty
    ? pino({ level, base, ...safeErrors }, stream)
    : pino({ level, base, ...safeErrors, timestamp: pino.stdTimeFunctions.isoTime }, stream);
  const entry = { stream, broken: false, closing: undefined };
  destinations.set(logger, entry);
  if (isEnding(stream))
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') entry.broken = true;
    });
  return logger;
}

/**
 * Writes the lines still waiting and ends the logger's destination, within `timeoutMs`: a reader
 * that went away (EPIPE) or stopped reading (a full pipe) costs at most that. Lines still waiting
 * then are dropped, so that the exit that follows writes nothing: pino's exit hook would otherwise
 * retry a synchronous write to such a pipe for ever. Lines logged once it is called are dropped.
 */
export function closeLogger(logger: Logger, timeoutMs: number): Promise<void> {
  const entry = destinations.get(logger);
  if (entry === undefined || entry.broken || !isEnding(entry.stream)) return Promise.resolve();
  const stream = entry.stream;
  entry.closing ??= new Promise((resolve) => {
    // An ending or destroyed destination throws on write, and a line logged now (a late request's
    // error, Redis going away) would turn the exit into an uncaught exception: drop it instead, as
    // pino itself does once a pipe broke.
    stream.write = () => undefined;
    const done = () => {
      clearTimeout(timer);
      stream.destroy?.();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    stream.once('close', done);
    stream.once('error', done);
    stream.end();
  });
  return entry.closing;
}

/**
 * Keeps the process running when the reader of stdout or stderr goes away: Node emits EPIPE as an
 * 'error' event on them, which, unhandled, would end the process as an uncaught exception (or
 * inside a signal handler, cut its shutdown short). The lines are lost either way.
 */
export function surviveClosedStdio(): void {
  for (const stdio of [process.stdout, process.stderr])
    stdio.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
}
