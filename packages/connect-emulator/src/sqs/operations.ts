import type { SqsHandler } from './operation.ts';
import { deleteMessage, deleteMessageBatch } from './operations/delete.ts';
import {
  createQueueOperation,
  deleteQueue,
  getQueueAttributes,
  getQueueUrl,
  listQueues,
  purgeQueue,
  setQueueAttributes,
} from './operations/queue-admin.ts';
import { receiveMessage } from './operations/receive.ts';
import { sendMessage, sendMessageBatch } from './operations/send.ts';
import { changeMessageVisibility, changeMessageVisibilityBatch } from './operations/visibility.ts';

/** The SQS operations the emulator speaks, by the name after `AmazonSQS.` in `X-Amz-Target`. */
export const SQS_OPERATIONS = {
  CreateQueue: createQueueOperation,
  GetQueueUrl: getQueueUrl,
  ListQueues: listQueues,
  GetQueueAttributes: getQueueAttributes,
  SetQueueAttributes: setQueueAttributes,
  DeleteQueue: deleteQueue,
  PurgeQueue: purgeQueue,
  SendMessage: sendMessage,
  SendMessageBatch: sendMessageBatch,
  ReceiveMessage: receiveMessage,
  DeleteMessage: deleteMessage,
  DeleteMessageBatch: deleteMessageBatch,
  ChangeMessageVisibility: changeMessageVisibility,
  ChangeMessageVisibilityBatch: changeMessageVisibilityBatch,
} as const satisfies Record<string, SqsHandler>;

export type SqsOperationName = keyof typeof SQS_OPERATIONS;
export const SQS_OPERATION_NAMES = Object.keys(SQS_OPERATIONS) as SqsOperationName[];
