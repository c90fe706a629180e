import { contactKeySchema } from '../../validation/contact-key.ts';
import { connectString, unboundedConnectString } from '../../validation/strings.ts';

/** TransferContact's documented limits, in Unicode code points (QueueId has none). */
export const TRANSFER_LIMITS = {
  contactFlowId: { min: 0, max: 500 },
  userId: { min: 1, max: 256 },
  clientToken: { min: 0, max: 500 },
} as const;

const L = TRANSFER_LIMITS;

export const transferContactConstraints = contactKeySchema.extend({
  contactFlowId: connectString(L.contactFlowId.min, L.contactFlowId.max),
  queueId: unboundedConnectString().nullish(),
  userId: connectString(L.userId.min, L.userId.max).nullish(),
  clientToken: connectString(L.clientToken.min, L.clientToken.max).nullish(),
});
