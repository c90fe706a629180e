import type { SubscriptionsConfig } from '../config.ts';
import type { RefusalReason } from './stream-metrics.ts';

/** Counts of open streams per connection and per token subject, on this replica. */
export interface StreamCaps {
  /** Takes a place for one stream; returns how to give it back, or which cap refused it. */
  acquire(connection: object | undefined, subject: string): (() => void) | RefusalReason;
}

export function createStreamCaps(limits: Pick<SubscriptionsConfig, 'maxPerConnection' | 'maxPerSubject'>): StreamCaps {
  // A socket that goes away takes its count with it.
  const perConnection = new WeakMap<object, number>();
  const perSubject = new Map<string, number>();
  return {
    acquire(connection, subject) {
      const onConnection = connection === undefined ? 0 : (perConnection.get(connection) ?? 0);
      const ofSubject = perSubject.get(subject) ?? 0;
      if (onConnection >= limits.maxPerConnection) return 'connection_cap';
      if (ofSubject >= limits.maxPerSubject) return 'subject_cap';
      if (connection !== undefined) perConnection.set(connection, onConnection + 1);
      perSubject.set(subject, ofSubject + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (connection !== undefined) perConnection.set(connection, (perConnection.get(connection) ?? 1) - 1);
        const left = (perSubject.get(subject) ?? 1) - 1;
        // Subjects come and go: keep only those with open streams.
        if (left > 0) perSubject.set(subject, left);
        else perSubject.delete(subject);
      };
    },
  };
}
