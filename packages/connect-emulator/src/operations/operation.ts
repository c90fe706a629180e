import type { EmulatedServiceError } from '../errors.ts';

/** What an operation answers: a 200 with this JSON body, or a Connect error. */
export type OperationResult = { ok: true; body: string } | { ok: false; error: EmulatedServiceError };

export const fail = (error: EmulatedServiceError): OperationResult => ({ ok: false, error });
