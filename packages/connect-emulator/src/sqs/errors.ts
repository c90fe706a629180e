/**
 * SQS's errors as the AWS JSON 1.0 protocol carries them to `@aws-sdk/client-sqs` v3: a body
 * `{"__type", "message"}` and, because SQS is "query compatible", an `x-amzn-query-error:
 * Code;Fault` header. The SDK reads the header's code first and maps it to its modeled class by
 * the `awsQueryError` trait (AWS.SimpleQueueService.NonExistentQueue → QueueDoesNotExist); a code
 * with no modeled class becomes an SQSServiceException named after the code.
 */
export interface SqsErrorKind {
  /** The body's `__type`. */
  readonly type: string;
  /** The query-compatible code of `x-amzn-query-error`. */
  readonly code: string;
  readonly status: number;
  readonly fault: 'Sender' | 'Receiver';
}

const SQS = 'com.amazonaws.sqs#';
const CORAL = 'com.amazon.coral.service#';
const modeled = (shape: string, code: string, status: number): SqsErrorKind => ({
  type: SQS + shape,
  code,
  status,
  fault: 'Sender',
});
const common = (shape: string, code: string, status: number, fault: 'Sender' | 'Receiver' = 'Sender') => ({
  type: CORAL + shape,
  code,
  status,
  fault,
});

/**
 * Modeled errors: shape, `awsQueryError` code and status as in the SDK's schema
 * (@aws-sdk/client-sqs dist-cjs, `awsQueryError` traits). Common errors: SQS's CommonErrors
 * codes, with the `__type` SQS sends for them (`com.amazon.coral.service#InvalidParameterValueException`
 * for InvalidParameterValue, MissingRequiredParameterException for MissingParameter); the SDK
 * reads only the header's code for them.
 */
export const SQS_ERRORS = {
  QueueDoesNotExist: modeled('QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue', 400),
  QueueNameExists: modeled('QueueNameExists', 'QueueAlreadyExists', 400),
  ReceiptHandleIsInvalid: modeled('ReceiptHandleIsInvalid', 'ReceiptHandleIsInvalid', 404),
  MessageNotInflight: modeled('MessageNotInflight', 'AWS.SimpleQueueService.MessageNotInflight', 400),
  InvalidAddress: modeled('InvalidAddress', 'InvalidAddress', 404),
  InvalidSecurity: modeled('InvalidSecurity', 'InvalidSecurity', 403),
  PurgeQueueInProgress: modeled('PurgeQueueInProgress', 'AWS.SimpleQueueService.PurgeQueueInProgress', 403),
  EmptyBatchRequest: modeled('EmptyBatchRequest', 'AWS.SimpleQueueService.EmptyBatchRequest', 400),
  TooManyEntriesInBatchRequest: modeled(
    'TooManyEntriesInBatchRequest',
    'AWS.SimpleQueueService.TooManyEntriesInBatchRequest',
    400,
  ),
  BatchEntryIdsNotDistinct: modeled('BatchEntryIdsNotDistinct', 'AWS.SimpleQueueService.BatchEntryIdsNotDistinct', 400),
  InvalidBatchEntryId: modeled('InvalidBatchEntryId', 'AWS.SimpleQueueService.InvalidBatchEntryId', 400),
  BatchRequestTooLong: modeled('BatchRequestTooLong', 'AWS.SimpleQueueService.BatchRequestTooLong', 400),
  InvalidAttributeName: modeled('InvalidAttributeName', 'InvalidAttributeName', 400),
  InvalidMessageContents: modeled('InvalidMessageContents', 'InvalidMessageContents', 400),
  UnsupportedOperation: modeled('UnsupportedOperation', 'AWS.SimpleQueueService.UnsupportedOperation', 400),
  RequestThrottled: modeled('RequestThrottled', 'RequestThrottled', 403),
  OverLimit: modeled('OverLimit', 'OverLimit', 403),
  InvalidParameterValue: common('InvalidParameterValueException', 'InvalidParameterValue', 400),
  MissingParameter: common('MissingRequiredParameterException', 'MissingParameter', 400),
  AccessDenied: common('AccessDeniedException', 'AccessDenied', 403),
  InvalidAction: common('UnknownOperationException', 'InvalidAction', 400),
  SerializationException: common('SerializationException', 'SerializationException', 400),
  InternalFailure: common('InternalFailure', 'InternalFailure', 500, 'Receiver'),
  ServiceUnavailable: common('ServiceUnavailable', 'ServiceUnavailable', 503, 'Receiver'),
} as const satisfies Record<string, SqsErrorKind>;

export type SqsErrorName = keyof typeof SQS_ERRORS;

/** An SQS error answer. */
export interface SqsError {
  readonly kind: SqsErrorKind;
  readonly message: string;
}

export const sqsError = (name: SqsErrorName, message: string): SqsError => ({ kind: SQS_ERRORS[name], message });

/** A named error that is not in the table (an injected fault): a common error with that code. */
export function anySqsError(name: string, message: string, status?: number): SqsError {
  const known = Object.hasOwn(SQS_ERRORS, name) ? SQS_ERRORS[name as SqsErrorName] : undefined;
  const kind = known ?? common(name, name, status ?? 400, (status ?? 400) >= 500 ? 'Receiver' : 'Sender');
  return { kind: status === undefined ? kind : { ...kind, status }, message };
}

/** The answer of SQS to a parameter outside its range: InvalidParameterValue with SQS's wording. */
export const invalidValue = (parameter: string, value: unknown, reason: string): SqsError =>
  sqsError('InvalidParameterValue', `Value ${String(value)} for parameter ${parameter} is invalid. Reason: ${reason}`);

export const missing = (parameter: string): SqsError =>
  sqsError('MissingParameter', `The request must contain the parameter ${parameter}.`);
