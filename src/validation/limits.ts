import { modelLength } from './model-constraints.ts';

/** The ids that name a contact, as Connect's model limits them for every contact operation, in Unicode code points. */
export const CONTACT_KEY_LIMITS = {
  instanceId: modelLength('DescribeContact', 'InstanceId'),
  contactId: modelLength('DescribeContact', 'ContactId'),
} as const;
