import { DOCUMENTED_RULES } from '@connect-gateway/connect-model';
import { z } from 'zod';
import { contactKeySchema } from '../../validation/contact-key.ts';
import { fromModel, modelLength } from '../../validation/model-constraints.ts';
import { segmentAttributesSchema } from './segment-attributes-constraints.ts';
import { attributesSchema } from './update-contact-attributes-constraints.ts';
import { referencesSchema } from './update-contact-constraints.ts';
import { scheduleWindow } from './update-contact-schedule-constraints.ts';

const member = (path: string) => modelLength('StartTaskContact', path);

/**
 * StartTaskContact's limits from Connect's model, in Unicode code points: the name is the model's
 * 0 to 1,024 (UpdateContact's product rule of 512 does not apply to a new task). References and
 * attributes keep UpdateContact's and UpdateContactAttributes' rules (the same shapes and totals).
 */
export const START_TASK_LIMITS = {
  name: member('Name'),
  description: member('Description'),
  contactFlowId: member('ContactFlowId'),
  taskTemplateId: member('TaskTemplateId'),
  previousContactId: member('PreviousContactId'),
  relatedContactId: member('RelatedContactId'),
  clientToken: member('ClientToken'),
  scheduleDaysAhead: DOCUMENTED_RULES.taskScheduleWindow.maxDaysAhead,
} as const;

/** The three ways to say which flow runs the task: Connect takes exactly one of them. */
export const FLOW_SOURCES = ['contactFlowId', 'quickConnectId', 'taskTemplateId'] as const;

/** StartTaskContact's documented constraints on the whole input at once (every violation reported together). */
export const startTaskContactConstraints = z.object({
  instanceId: contactKeySchema.shape.instanceId,
  name: fromModel('StartTaskContact', 'Name'),
  description: fromModel('StartTaskContact', 'Description').nullish(),
  references: referencesSchema.nullish(),
  attributes: attributesSchema.nullish(),
  contactFlowId: fromModel('StartTaskContact', 'ContactFlowId').nullish(),
  taskTemplateId: fromModel('StartTaskContact', 'TaskTemplateId').nullish(),
  quickConnectId: fromModel('StartTaskContact', 'QuickConnectId').nullish(),
  previousContactId: fromModel('StartTaskContact', 'PreviousContactId').nullish(),
  relatedContactId: fromModel('StartTaskContact', 'RelatedContactId').nullish(),
  scheduledTime: scheduleWindow(START_TASK_LIMITS.scheduleDaysAhead).nullish(),
  segmentAttributes: segmentAttributesSchema.nullish(),
  clientToken: fromModel('StartTaskContact', 'ClientToken').nullish(),
});
