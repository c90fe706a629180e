import { createRequire } from 'node:module';
import { type DestinationStream, type Logger, pino } from 'pino';

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
    return pino({ level, base, transport: { target: 'pino-pretty', options: { singleLine: true } } });
  }
  return pino({ level, base, timestamp: pino.stdTimeFunctions.isoTime }, options.destination);
}
