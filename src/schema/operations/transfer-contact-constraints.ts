import { contactKeySchema } from '../../validation/contact-key.ts';
import { fromModel, modelLength } from '../../validation/model-constraints.ts';

/** TransferContact's limits from the model, in Unicode code points (QueueId has none). */
export const TRANSFER_LIMITS = {
  contactFlowId: modelLength('TransferContact', 'ContactFlowId'),
  userId: modelLength('TransferContact', 'UserId'),
  clientToken: modelLength('TransferContact', 'ClientToken'),
} as const;

export const transferContactConstraints = contactKeySchema.extend({
  contactFlowId: fromModel('TransferContact', 'ContactFlowId'),
  queueId: fromModel('TransferContact', 'QueueId').nullish(),
  userId: fromModel('TransferContact', 'UserId').nullish(),
  clientToken: fromModel('TransferContact', 'ClientToken').nullish(),
});
