import { Counter, Gauge, type Registry } from 'prom-client';
import type { EventDropReason } from './connect-event-message.ts';

/** What became of one message of the queue (each is deleted but for a failed publish). */
export type EventOutcome = 'published' | 'duplicate' | 'instance_not_allowed' | EventDropReason;

export interface ConnectEventsMetrics {
  handled(outcome: EventOutcome): void;
  receiveFailed(): void;
  publishFailed(): void;
  lag(seconds: number): void;
  backingOff(on: boolean): void;
}

const NO_METRICS: ConnectEventsMetrics = {
  handled() {},
  receiveFailed() {},
  publishFailed() {},
  lag() {},
  backingOff() {},
};

/** The consumer's metrics in the gateway's registry; every label has a fixed set of values. */
export function createConnectEventsMetrics(registry: Registry | undefined): ConnectEventsMetrics {
  if (registry === undefined) return NO_METRICS;
  const registers = [registry];
  const handled = new Counter({
    name: 'connect_events_total',
    help: 'Messages of the Connect events queue this replica handled, by outcome (published, duplicate, instance_not_allowed; deleted unread: too_large, too_deep, malformed, not_contact_event)',
    labelNames: ['outcome'],
    registers,
  });
  const receiveFailures = new Counter({
    name: 'connect_events_receive_failures_total',
    help: 'ReceiveMessage calls to the Connect events queue that failed (after the SDK retries)',
    registers,
  });
  const publishFailures = new Counter({
    name: 'connect_events_publish_failures_total',
    help: 'Connect events Redis refused to publish; their messages stay in the queue and come back',
    registers,
  });
  const lag = new Gauge({
    name: 'connect_events_lag_seconds',
    help: 'Age of the oldest message of the last batch received from the Connect events queue (SentTimestamp to now); 0 after an empty receive',
    registers,
  });
  const backingOff = new Gauge({
    name: 'connect_events_backing_off',
    help: '1 while the Connect events consumer waits before polling again after a failure, else 0',
    registers,
  });
  return {
    handled: (outcome) => handled.inc({ outcome }),
    receiveFailed: () => receiveFailures.inc(),
    publishFailed: () => publishFailures.inc(),
    lag: (seconds) => lag.set(seconds),
    backingOff: (on) => backingOff.set(on ? 1 : 0),
  };
}
