import { queuePriorityOf } from '../../connect/exact-queue-priority.ts';
import { builder } from '../builder.ts';
import { Long } from '../long.ts';
import { Contact } from './contact.ts';
import { RoutingCriteria } from './contact-routing-criteria.ts';

// What updateContactRoutingData changes on a contact. The schedule, pause and disconnect fields
// that the other routing and task operations change are in contact.ts.

builder.objectFields(Contact, (t) => ({
  queuePriority: t.field({
    type: Long,
    nullable: true,
    description:
      'The priority of the contact in its queue, 1 to 9223372036854775807 (a lower number is routed first), exact to the digit; null when Connect reports none.',
    resolve: (c) => queuePriorityOf(c.contact),
  }),
  queueTimeAdjustmentSeconds: t.int({
    nullable: true,
    description:
      'Seconds added to the time the contact has waited, as routing sees it (negative: subtracted); null when never adjusted.',
    resolve: (c) => c.contact.QueueTimeAdjustmentSeconds,
  }),
  routingCriteria: t.field({
    type: RoutingCriteria,
    nullable: true,
    description: 'The routing criteria of the contact, step by step; null when it has none.',
    resolve: (c) => c.contact.RoutingCriteria,
  }),
}));
