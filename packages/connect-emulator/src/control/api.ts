import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { CallLog } from '../call-log.ts';
import type { FaultRegistry } from '../faults/registry.ts';
import { readBody } from '../http-io.ts';
import { stringifyWithLongs } from '../json-long.ts';
import type { ContactStore } from '../state/contacts.ts';
import { faultSpecSchema, newContactSchema, newInstanceSchema } from './schemas.ts';

export interface ControlDeps {
  store: ContactStore;
  faults: FaultRegistry;
  callLog: CallLog;
  /** Restores the store to its starting state (seeded or empty). */
  resetStore(): void;
}

// Control answers are plain JSON (no Connect error envelope): they are not Connect.
function reply(res: ServerResponse, status: number, body?: unknown): void {
  // A stored contact's queuePriority is a bigint.
  const text = body === undefined ? '' : stringifyWithLongs(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

// Parses one item, or an array of items when the body is an array; answers 400 on failure.
async function readInput<T>(
  req: IncomingMessage,
  res: ServerResponse,
  schema: z.ZodType<T>,
): Promise<{ items: T[]; many: boolean } | undefined> {
  let json: unknown;
  try {
    json = JSON.parse(await readBody(req));
  } catch {
    reply(res, 400, { error: 'Body must be JSON' });
    return undefined;
  }
  const many = Array.isArray(json);
  const inputs: unknown[] = Array.isArray(json) ? json : [json];
  const items: T[] = [];
  for (const [i, item] of inputs.entries()) {
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      reply(res, 400, { error: 'Invalid input', index: many ? i : undefined, issues: parsed.error.issues });
      return undefined;
    }
    items.push(parsed.data);
  }
  return { items, many };
}

/**
 * The emulator's own API under /_emulator:
 * faults (GET, POST, DELETE, DELETE /:id), calls (GET, DELETE),
 * contacts (GET, POST, DELETE = back to the starting state), instances (POST), health (GET).
 */
export async function handleControl(
  segments: string[],
  req: IncomingMessage,
  res: ServerResponse,
  deps: ControlDeps,
): Promise<void> {
  const [resource, id, ...rest] = segments;
  const method = req.method ?? 'GET';
  const route = `${method} ${resource ?? ''}${id === undefined ? '' : '/:id'}`;
  if (rest.length > 0) return reply(res, 404, { error: 'Not found' });

  switch (route) {
    case 'GET health':
      return reply(res, 200, { ok: true });
    case 'GET faults':
      return reply(res, 200, { faults: deps.faults.list() });
    case 'POST faults': {
      const input = await readInput(req, res, faultSpecSchema);
      if (!input) return;
      const ids = input.items.map((s) => deps.faults.add(s));
      return reply(res, 201, input.many ? { ids } : { id: ids[0] });
    }
    case 'DELETE faults':
      deps.faults.clear();
      return reply(res, 204);
    case 'DELETE faults/:id':
      return deps.faults.remove(id ?? '') ? reply(res, 204) : reply(res, 404, { error: 'No such fault' });
    case 'GET calls':
      return reply(res, 200, { total: deps.callLog.total, counts: deps.callLog.counts, calls: deps.callLog.calls });
    case 'DELETE calls':
      deps.callLog.reset();
      return reply(res, 204);
    case 'GET contacts':
      return reply(res, 200, { instances: deps.store.listInstances(), contacts: deps.store.listContacts() });
    case 'POST contacts': {
      const input = await readInput(req, res, newContactSchema);
      if (!input) return;
      const added = input.items.map((c) => deps.store.addContact(c));
      return reply(res, 201, input.many ? { contacts: added } : { contact: added[0] });
    }
    case 'DELETE contacts':
      deps.resetStore();
      return reply(res, 204);
    case 'POST instances': {
      const input = await readInput(req, res, newInstanceSchema);
      if (!input) return;
      for (const { instanceId } of input.items) deps.store.addInstance(instanceId);
      return reply(res, 201, { instanceIds: input.items.map((i) => i.instanceId) });
    }
    default:
      return reply(res, 404, { error: `No control route ${method} /_emulator/${segments.join('/')}` });
  }
}
