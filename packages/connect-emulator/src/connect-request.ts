import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CallLog, CallRecord } from './call-log.ts';
import { serviceError } from './errors.ts';
import type { ContactEventPublisher } from './events/publisher.ts';
import { applyFaultEffect } from './faults/effects.ts';
import type { FaultRegistry } from './faults/registry.ts';
import { readBody, sendError, sendJson } from './http-io.ts';
import { idsFromLabels } from './operations/operation.ts';
import type { Route } from './routes.ts';
import type { ContactStore } from './state/contacts.ts';

export interface ConnectDeps {
  store: ContactStore;
  faults: FaultRegistry;
  callLog: CallLog;
  /** Aborted on close(), so pending latency faults stop waiting. */
  closing: AbortSignal;
  /** The emulator's clock for the operations' time rules. */
  clock: () => Date;
  /** Sends the contact events a successful operation causes (when a queue is configured). */
  events: ContactEventPublisher;
}

type ConnectRoute = Exclude<Route, { kind: 'control' }>;

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  if (text.length === 0) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
};

const labelIds = idsFromLabels();
const unknownOperation = serviceError('UnknownOperationException', 'Unknown operation', 404);
const malformedJson = serviceError('SerializationException', 'Malformed JSON request body');
const unsigned = serviceError('AccessDeniedException', 'Missing or invalid SigV4 authorization header');

// Waits out an injected delay; false if the emulator closed or the client went away meanwhile.
async function delay(ms: number, res: ServerResponse, closing: AbortSignal): Promise<boolean> {
  try {
    await sleep(ms, undefined, { signal: closing });
  } catch {
    return false;
  }
  return !res.destroyed;
}

/**
 * Handles one Connect API request: log, faults, signature check, then the operation's handler
 * (which validates as the service does, then reads or writes the state).
 */
export async function handleConnectRequest(
  route: ConnectRoute,
  req: IncomingMessage,
  res: ServerResponse,
  deps: ConnectDeps,
): Promise<void> {
  const rawBody = await readBody(req);
  const parsed = parseJson(rawBody);
  const body = parsed.ok ? parsed.value : undefined;
  const labels = route.labels ?? {};
  // Each row says where its ids are (labels or body), so faults can target them before validation.
  const ids = (route.kind === 'connect' ? route.operation.ids : labelIds)({ labels, body });
  const record: CallRecord = deps.callLog.record(
    {
      operation: route.kind === 'connect' ? route.operation.name : 'Unknown',
      method: req.method ?? '',
      rawPath: req.url ?? '',
      instanceId: ids.instanceId,
      contactId: ids.contactId,
      body,
      rawBody,
    },
    req.headers,
  );
  if (route.kind !== 'connect') return sendError(res, unknownOperation, record);

  const { operation } = route;
  const decision = deps.faults.decide({
    operation: operation.name,
    instanceId: record.instanceId,
    contactId: record.contactId,
    quota: operation.quota,
  });
  if (decision.delayMs > 0 && !(await delay(decision.delayMs, res, deps.closing))) return;
  if (decision.effect) {
    record.faultId = decision.faultId;
    return applyFaultEffect(decision.effect, req, res, record);
  }

  if (!req.headers.authorization?.startsWith('AWS4-HMAC-SHA256')) return sendError(res, unsigned, record);
  if (operation.body === 'json' && !parsed.ok) return sendError(res, malformedJson, record);
  // restJson1 clients may omit an empty body; treat it as `{}`.
  const input = operation.body === 'json' ? (body ?? {}) : undefined;
  const succeeded = deps.events.observe(operation.name, ids);
  const result = operation.handle(
    { labels: route.labels, body: input, rawBody, query: route.query },
    { store: deps.store, now: deps.clock },
  );
  if (!result.ok) return sendError(res, result.error, record);
  succeeded(typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {}, result.body);
  sendJson(res, 200, result.body, record);
}
