import type { EmulatedServiceError } from '../errors.ts';
import type { ContactStore } from '../state/contacts.ts';

/** What an operation answers: a 200 with this JSON body, or a Connect error. */
export type OperationResult = { ok: true; body: string } | { ok: false; error: EmulatedServiceError };

export const fail = (error: EmulatedServiceError): OperationResult => ({ ok: false, error });

/** The answer of operations whose output shape is empty. */
export const EMPTY_OK: OperationResult = { ok: true, body: '{}' };

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
  /** The body exactly as received, for members JSON.parse would round (a long beyond 2^53). */
  rawBody: string;
  /** The query string (`?TagKeys=a&TagKeys=b`). */
  query: URLSearchParams;
}

/** The emulator's state an operation reads and writes. */
export interface OperationState {
  store: ContactStore;
  /** The emulator's clock (EmulatorOptions.clock): schedules, pauses and stops are timed by it. */
  now(): Date;
}

export type OperationHandler<Label extends string = string> = (
  request: OperationRequest<Label>,
  state: OperationState,
) => OperationResult;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request-rate quota: a token bucket of `burst` tokens refilled at `ratePerSecond`. */
export interface Quota {
  readonly ratePerSecond: number;
  readonly burst: number;
}

/** The instance and contact a request names, for fault filters and the call log. */
export interface RequestIds {
  instanceId?: string;
  contactId?: string;
}

/** Reads the ids of a request; runs before validation, so it must accept any body. */
export type IdsReader<Label extends string = string> = (
  request: Pick<OperationRequest<Label>, 'labels' | 'body'>,
) => RequestIds;

/** One row of the route table (routes.ts). */
export interface Operation<Name extends string = string> {
  /** The Connect operation name, as in the call log, fault filters and the SDK's command. */
  readonly name: Name;
  readonly method: HttpMethod;
  /** Path template as in Connect's service model, e.g. `/contacts/{InstanceId}/{ContactId}`. */
  readonly path: string;
  /** `json`: a body that is not JSON is answered with SerializationException before the handler runs. */
  readonly body: 'json' | 'none';
  /** Connect's request-rate quota for this operation, enforced while a `quotas` fault is active. */
  readonly quota?: Quota;
  readonly ids: IdsReader;
  readonly handle: OperationHandler;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Ids from path labels (the default: `InstanceId` and `ContactId`). */
export const idsFromLabels =
  (contactLabel = 'ContactId'): IdsReader =>
  ({ labels }) => ({ instanceId: labels.InstanceId, contactId: labels[contactLabel] });

/** Ids from body members, for operations whose path names no contact (`POST /contact/stop`). */
export const idsFromBody =
  (contactMember = 'ContactId'): IdsReader =>
  ({ body }) => {
    const b = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    return { instanceId: text(b.InstanceId), contactId: text(b[contactMember]) };
  };

/**
 * A route-table row. The handler's labels are checked against the path template at compile time,
 * so a handler reading a label its path does not have does not compile.
 */
export function defineOperation<const Name extends string, const Path extends string>(row: {
  name: Name;
  method: HttpMethod;
  path: Path;
  body?: 'json';
  quota?: Quota;
  /** Default: the `InstanceId` and `ContactId` labels. */
  ids?: IdsReader;
  handler: OperationHandler<LabelsOf<Path>>;
}): Operation<Name> {
  return {
    name: row.name,
    method: row.method,
    path: row.path,
    body: row.body ?? 'none',
    quota: row.quota,
    ids: row.ids ?? idsFromLabels(),
    // The route matcher fills every label of `path`, so the narrower label type holds.
    handle: row.handler as OperationHandler,
  };
}
