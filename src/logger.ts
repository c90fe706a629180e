import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs (one line per event) in production; human-readable in development when
 * pino-pretty is installed. Tokens, secrets and contact values are never passed to the logger.
 */
export function createLogger(options: { env: 'development' | 'production' | 'test'; level?: string }): Logger {
  const level = options.level ?? (options.env === 'test' ? 'silent' : 'info');
  if (options.env === 'development') {
    return pino({ level, transport: { target: 'pino-pretty', options: { singleLine: true } } });
  }
  return pino({ level });
}
