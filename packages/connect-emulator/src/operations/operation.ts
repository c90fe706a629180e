import type { EmulatedServiceError } from '../errors.ts';
import type { ContactStore } from '../state/contacts.ts';

/** What an operation answers: a 200 with this JSON body, or a Connect error. */
export type OperationResult = { ok: true; body: string } | { ok: false; error: EmulatedServiceError };

export const fail = (error: EmulatedServiceError): OperationResult => ({ ok: false, error });

/** The label names of a path template: `/contacts/{InstanceId}/{ContactId}` → `'InstanceId' | 'ContactId'`. */
export type LabelsOf<Path extends string> = Path extends `${string}{${infer Label}}${infer Rest}`
  ? Label | LabelsOf<Rest>
  : never;

/** One Connect request as an operation sees it, after faults and the signature check. */
export interface OperationRequest<Label extends string = string> {
  /** The path labels, each URI-decoded once and never normalised (`..` stays a literal id). */
  labels: Readonly<Record<Label, string>>;
  /** The parsed JSON body (`{}` when the body is empty) of operations declared with `body: 'json'`. */
  body: unknown;
}

/** The emulator's state an operation reads and writes. */
export interface OperationState {
  store: ContactStore;
}

export type OperationHandler<Label extends string = string> = (
  request: OperationRequest<Label>,
  state: OperationState,
) => OperationResult;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One row of the route table (routes.ts). */
export interface Operation<Name extends string = string> {
  /** The Connect operation name, as in the call log, fault filters and the SDK's command. */
  readonly name: Name;
  readonly method: HttpMethod;
  /** Path template as in Connect's service model, e.g. `/contacts/{InstanceId}/{ContactId}`. */
  readonly path: string;
  /** `json`: a body that is not JSON is answered with SerializationException before the handler runs. */
  readonly body: 'json' | 'none';
  readonly handle: OperationHandler;
}

/**
 * A route-table row. The handler's labels are checked against the path template at compile time,
 * so a handler reading a label its path does not have does not compile.
 */
export function defineOperation<const Name extends string, const Path extends string>(row: {
  name: Name;
  method: HttpMethod;
  path: Path;
  body?: 'json';
  handler: OperationHandler<LabelsOf<Path>>;
}): Operation<Name> {
  return {
    name: row.name,
    method: row.method,
    path: row.path,
    body: row.body ?? 'none',
    // The route matcher fills every label of `path`, so the narrower label type holds.
    handle: row.handler as OperationHandler,
  };
}
