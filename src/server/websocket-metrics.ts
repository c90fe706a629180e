import { Counter, Gauge, type Registry } from 'prom-client';
import type { UpgradeRefusal } from './websocket-upgrade.ts';

/** Why a WebSocket connection was refused: at the upgrade, or at `connection_init` (no valid token). */
export type ConnectionRefusal = UpgradeRefusal | 'unauthenticated';

/** The WebSocket connection metrics; every label has a fixed set of values. */
export interface WebSocketMetrics {
  opened(): void;
  closed(): void;
  refused(reason: ConnectionRefusal): void;
}

const NO_METRICS: WebSocketMetrics = { opened() {}, closed() {}, refused() {} };

/** Creates the WebSocket metrics in the gateway's registry; without one, counts nothing. */
export function createWebSocketMetrics(registry: Registry | undefined): WebSocketMetrics {
  if (registry === undefined) return NO_METRICS;
  const registers = [registry];
  const open = new Gauge({
    name: 'websocket_connections_open',
    help: 'graphql-ws WebSocket connections open on this replica',
    registers,
  });
  const refused = new Counter({
    name: 'websocket_connections_refused_total',
    help: 'WebSocket connections refused, by reason (host, not_found, not_websocket, router_secret, origin, draining, unauthenticated)',
    labelNames: ['reason'],
    registers,
  });
  return {
    opened: () => open.inc(),
    closed: () => open.dec(),
    refused: (reason) => refused.inc({ reason }),
  };
}
