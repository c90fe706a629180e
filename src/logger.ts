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

/**
 * Structured JSON logs (one line per event) in production; human-readable in development when
 * pino-pretty is installed. Tokens, secrets and contact values are never passed to the logger.
 */
export function createLogger(options: {
  env: 'development' | 'production' | 'test';
  level?: string;
  /** Default stdout; tests pass a stream to read the lines. */
  destination?: DestinationStream;
}): Logger {
  const level = options.level ?? (options.env === 'test' ? 'silent' : 'info');
  const base = { service: 'connect-contact-gateway' };
  if (options.env === 'development' && options.destination === undefined && prettyAvailable()) {
    return pino({ level, base, ...safeErrors, transport: { target: 'pino-pretty', options: { singleLine: true } } });
  }
  return pino({ level, base, ...safeErrors, timestamp: pino.stdTimeFunctions.isoTime }, options.destination);
}
