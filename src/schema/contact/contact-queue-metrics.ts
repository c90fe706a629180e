import { z } from 'zod';
import {
  createQueueMetricsLoader,
  GET_CONTACT_METRICS,
  type QueueMetricsLoader,
} from '../../connect/contact-metrics.ts';
import type { GatewayContext } from '../../context.ts';
import { fromModel } from '../../validation/model-constraints.ts';
import { builder } from '../builder.ts';
import { Contact, type ContactRecord } from './contact.ts';
import { toEntityError } from './contact-entity.ts';

// Contact.queueMetrics: where a queued contact stands (Amazon Connect GetContactMetrics), read only
// when selected, once per contact per request.

const QueueMetrics = builder
  .objectRef<{ positionInQueue: number | null; estimatedWaitTimeSeconds: number | null }>('QueueMetrics')
  .implement({
    description: 'Where a queued contact stands in its queue now (Amazon Connect GetContactMetrics).',
    fields: (t) => ({
      positionInQueue: t.exposeInt('positionInQueue', {
        nullable: true,
        description: 'Its place in the queue: 1 is routed next. Null when Connect reports none.',
      }),
      estimatedWaitTimeSeconds: t.exposeInt('estimatedWaitTimeSeconds', {
        nullable: true,
        description: "Connect's estimate of the seconds until it is routed. Null when Connect reports none.",
      }),
    }),
  });

// GetContactMetrics takes both ids as InstanceIdOrArn (1 to 250 characters, a UUID or an instance
// ARN): an id outside it (an emulator's or a test's) cannot be asked about, so it has no metrics.
const metricsKey = z.object({
  instanceId: fromModel('GetContactMetrics', 'InstanceId'),
  contactId: fromModel('GetContactMetrics', 'ContactId'),
});

/** In a queue: enqueued, not yet with an agent, not ended (a paused task is dequeued). */
const isQueued = ({ contact }: ContactRecord) =>
  contact.QueueInfo?.EnqueueTimestamp !== undefined &&
  contact.AgentInfo?.ConnectedToAgentTimestamp === undefined &&
  contact.DisconnectTimestamp === undefined &&
  (contact.LastPausedTimestamp === undefined ||
    (contact.LastResumedTimestamp !== undefined && contact.LastResumedTimestamp > contact.LastPausedTimestamp));

// One loader per request, made at the first selection: the request's context object holds it.
const loaders = new WeakMap<GatewayContext, QueueMetricsLoader>();
function loaderOf(context: GatewayContext): QueueMetricsLoader {
  let loader = loaders.get(context);
  if (!loader) {
    loader = createQueueMetricsLoader(
      context.connect,
      context.config.security.maxContactReadsPerRequest,
      context.budget?.ticket(GET_CONTACT_METRICS, context.identity.subject),
    );
    loaders.set(context, loader);
  }
  return loader;
}

builder.objectFields(Contact, (t) => ({
  queueMetrics: t.field({
    type: QueueMetrics,
    nullable: true,
    description:
      'Where the contact stands in its queue: one GetContactMetrics call, made only when selected and only for a queued contact. Null when it is not in a queue (not enqueued, with an agent, paused or ended). A Connect error answers this field with an error whose code is from the Connect error table.',
    resolve: async (record, _args, context) => {
      if (!isQueued(record)) return null;
      const key = { instanceId: record.instanceId, contactId: record.id };
      if (!metricsKey.safeParse(key).success) return null;
      try {
        return await loaderOf(context).load(key);
      } catch (error) {
        throw toEntityError(error);
      }
    },
  }),
}));
