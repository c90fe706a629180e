import type { IncomingMessage, ServerResponse } from 'node:http';
import { contactEvent } from '../events/contact-event.ts';
import type { ContactEventPublisher } from '../events/publisher.ts';
import type { Queue } from '../sqs/queue.ts';
import type { SqsService } from '../sqs/service.ts';
import type { ContactStore } from '../state/contacts.ts';
import { readInput, reply } from './io.ts';
import { contactEventsSchema, injectedMessageSchema, newQueueSchema, sqsFaultSpecSchema } from './sqs-schemas.ts';

export interface SqsControlDeps {
  store: ContactStore;
  sqs: SqsService;
  events: ContactEventPublisher;
  clock(): Date;
}

const describeQueue = (q: Queue, now: number) => ({
  name: q.name,
  url: q.url,
  arn: q.arn,
  settings: q.settings,
  ...q.counts(now),
});

/**
 * The SQS side of the control API, under /_emulator/sqs: queues (GET, POST), messages put straight
 * into a queue (POST queues/:name/messages), faults (GET, POST, DELETE, DELETE /:id), calls (GET,
 * DELETE) and where contact events go (GET, PUT contact-events).
 */
export async function handleSqsControl(
  segments: string[],
  req: IncomingMessage,
  res: ServerResponse,
  deps: SqsControlDeps,
): Promise<void> {
  const { sqs } = deps;
  const [resource, id, sub, ...rest] = segments;
  const method = req.method ?? 'GET';
  const route = `${method} ${resource ?? ''}${id === undefined ? '' : '/:id'}${sub === undefined ? '' : `/${sub}`}`;
  if (rest.length > 0) return reply(res, 404, { error: 'Not found' });
  const now = sqs.now();

  switch (route) {
    case 'GET queues':
      return reply(res, 200, { queues: sqs.queues.list().map((q) => describeQueue(q, now)) });
    case 'POST queues': {
      const input = await readInput(req, res, newQueueSchema);
      if (!input) return;
      const urls: string[] = [];
      for (const { name, attributes } of input.items) {
        const queue = sqs.queues.create(name, attributes ?? {}, now);
        if ('kind' in queue) return reply(res, 400, { error: queue.message, code: queue.kind.code });
        urls.push(queue.url);
      }
      return reply(res, 201, input.many ? { queueUrls: urls } : { queueUrl: urls[0] });
    }
    case 'POST queues/:id/messages': {
      const queue = sqs.queues.byName(id ?? '');
      if (!queue) return reply(res, 404, { error: 'No such queue' });
      const input = await readInput(req, res, injectedMessageSchema);
      if (!input) return;
      const messageIds: string[] = [];
      for (const item of input.items) {
        let body: string;
        if ('body' in item) body = item.body;
        else if ('envelope' in item) body = JSON.stringify(item.envelope);
        else {
          const { eventType, instanceId, contactId, updatedProperties } = item.event;
          const contact = deps.store.getContact(instanceId, contactId);
          if (!contact) return reply(res, 404, { error: 'No such contact' });
          const { region, accountId } = deps.store;
          body = JSON.stringify(
            contactEvent({ eventType, contact, region, accountId, time: deps.clock(), updatedProperties }),
          );
        }
        messageIds.push(queue.send({ body }, now).messageId);
      }
      return reply(res, 201, input.many ? { messageIds } : { messageId: messageIds[0] });
    }
    case 'GET faults':
      return reply(res, 200, { faults: sqs.faults.list() });
    case 'POST faults': {
      const input = await readInput(req, res, sqsFaultSpecSchema);
      if (!input) return;
      const ids = input.items.map((s) => sqs.faults.add(s));
      return reply(res, 201, input.many ? { ids } : { id: ids[0] });
    }
    case 'DELETE faults':
      sqs.faults.clear();
      return reply(res, 204);
    case 'DELETE faults/:id':
      return sqs.faults.remove(id ?? '') ? reply(res, 204) : reply(res, 404, { error: 'No such fault' });
    case 'GET calls':
      return reply(res, 200, { counts: sqs.counts });
    case 'DELETE calls':
      sqs.resetCalls();
      return reply(res, 204);
    case 'GET contact-events':
      return reply(res, 200, { queueName: deps.events.queueName ?? null });
    case 'PUT contact-events': {
      const input = await readInput(req, res, contactEventsSchema);
      if (!input) return;
      const queueName = input.items.at(-1)?.queueName ?? undefined;
      if (queueName !== undefined && !sqs.queues.byName(queueName)) return reply(res, 404, { error: 'No such queue' });
      deps.events.queueName = queueName;
      return reply(res, 200, { queueName: queueName ?? null });
    }
    default:
      return reply(res, 404, { error: `No control route ${method} /_emulator/sqs/${segments.join('/')}` });
  }
}
