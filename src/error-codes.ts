/** `extensions.code` values the gateway itself assigns, defined once. */
export const ErrorCode = {
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  TOO_MANY_WRITES: 'TOO_MANY_WRITES',
  TOO_MANY_READS: 'TOO_MANY_READS',
  NOT_FOUND: 'NOT_FOUND',
} as const;
