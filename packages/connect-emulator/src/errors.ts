/** An error the emulator answers with: `x-amzn-ErrorType: name`, `{"Message": message}`. */
export interface EmulatedServiceError {
  name: string;
  status: number;
  message: string;
}

/** HTTP status of each error UpdateContact/DescribeContact document (SDK `httpError` traits). */
export const DOCUMENTED_ERRORS = {
  InvalidParameterException: 400,
  InvalidRequestException: 400,
  InvalidActiveRegionException: 400,
  AccessDeniedException: 403,
  ResourceNotFoundException: 404,
  ConflictException: 409,
  ThrottlingException: 429,
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
