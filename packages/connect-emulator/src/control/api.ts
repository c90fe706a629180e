import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CallLog } from '../call-log.ts';
import type { ContactEventPublisher } from '../events/publisher.ts';
import type { FaultRegistry } from '../faults/registry.ts';
import type { SqsService } from '../sqs/service.ts';
import type { ContactStore } from '../state/contacts.ts';
import { readInput, reply } from './io.ts';
import { faultSpecSchema, newContactSchema, newInstanceSchema } from './schemas.ts';
import { handleSqsControl } from './sqs-api.ts';

export interface ControlDeps {
  store: ContactStore;
  faults: FaultRegistry;
  callLog: CallLog;
  /** Restores the store to its starting state (seeded or empty). */
  resetStore(): void;
  sqs: SqsService;
  events: ContactEventPublisher;
  clock(): Date;
}

/**
 * The emulator's own API under /_emulator:
 * faults (GET, POST, DELETE, DELETE /:id), calls (GET, DELETE),
 * contacts (GET, POST, DELETE = back to the starting state), instances (POST), health (GET),
 * and the SQS side under sqs/ (control/sqs-api.ts).
 */
export async function handleControl(
  segments: string[],
  req: IncomingMessage,
  res: ServerResponse,
  deps: ControlDeps,
): Promise<void> {
  const [resource, id, ...rest] = segments;
  if (resource === 'sqs') return handleSqsControl(segments.slice(1), req, res, deps);
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
