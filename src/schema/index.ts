import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import { buildSubgraphSchema } from './subgraph-schema.ts';
import './errors.ts';
import './contact/contact.ts';
import './contact/contact-data.ts';
import './contact/contact-details.ts';
import './contact/contact-references.ts';
import './contact/contact-entity.ts';
import './contact/contact-routing.ts';
import './contact/contact-queue-metrics.ts';
import './contact/contact-queries.ts';
import './contact/search-contacts.ts';
import './contact/contact-subscriptions.ts';
// One import per Connect operation.
import './operations/update-contact.ts';
import './operations/update-contact-routing-data.ts';
import './operations/update-contact-schedule.ts';
import './operations/pause-contact.ts';
import './operations/resume-contact.ts';
import './operations/transfer-contact.ts';
import './operations/stop-contact.ts';
import './operations/update-contact-attributes.ts';
import './operations/tag-contact.ts';
import './operations/untag-contact.ts';
import './operations/start-contact-recording.ts';
import './operations/suspend-contact-recording.ts';
import './operations/resume-contact-recording.ts';
import './operations/stop-contact-recording.ts';
import './operations/monitor-contact.ts';
import './operations/associate-contact-with-user.ts';
import './operations/dismiss-user-contact.ts';
import './operations/start-task-contact.ts';

builder.queryType({ description: 'Reads Amazon Connect contacts.' });
builder.mutationType({
  description:
    'Changes Amazon Connect contacts. Each mutation answers a union: the success type or one of the documented errors (all implementing Error).',
});

builder.subscriptionType({
  description:
    'Live contact changes, over GraphQL over Server-Sent Events (`Accept: text/event-stream` on /graphql), from every replica of the gateway.',
});

let schema: GraphQLSchema | undefined;

/** The subgraph schema (Federation 2, with `_service` and `_entities`); built once per process. */
export function buildSchema(): GraphQLSchema {
  schema ??= buildSubgraphSchema();
  return schema;
}
