/** An error the emulator answers with: `x-amzn-ErrorType: name`, `{"Message": message}`. */
export interface EmulatedServiceError {
  name: string;
  status: number;
  message: string;
}

/**
 * HTTP status of each error the emulated operations document (the `httpError` traits in Connect's
 * service model, botocore data/connect/2017-08-08/service-2.json).
 */
export const DOCUMENTED_ERRORS = {
  InvalidParameterException: 400,
  InvalidRequestException: 400,
  InvalidActiveRegionException: 400,
  ServiceQuotaExceededException: 402,
  AccessDeniedException: 403,
  ResourceNotFoundException: 404,
  ConflictException: 409,
  ResourceConflictException: 409,
  IdempotencyException: 409,
  ContactNotFoundException: 410,
  ThrottlingException: 429,
  LimitExceededException: 429,
  InternalServiceException: 500,
} as const satisfies Record<string, number>;

export type DocumentedErrorName = keyof typeof DOCUMENTED_ERRORS;

/** Status for a documented name; anything else defaults to 400 (a client fault). */
export function statusFor(name: string): number {
  return Object.hasOwn(DOCUMENTED_ERRORS, name) ? DOCUMENTED_ERRORS[name as DocumentedErrorName] : 400;
}

export const serviceError = (name: string, message: string, status = statusFor(name)): EmulatedServiceError => ({
  name,
  status,
  message,
});
