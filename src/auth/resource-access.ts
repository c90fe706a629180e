import { connectError, type FieldError } from '../connect/errors.ts';
import { type AccessContext, isInstanceAllowed } from './instance-access.ts';

/** An id a mutation sends to Connect that may name a resource, and where it is in the input. */
export interface ResourceId {
  /** The path below `input`, e.g. ["queueId"] or ["routingCriteria", "steps", 0, …, "agentIds", 1]. */
  path: readonly (string | number)[];
  id: string | null | undefined;
}

/** The ids of the named top-level fields, for `resources` declarations. */
export function resourceFields<Input extends object>(input: Input, fields: readonly (keyof Input & string)[]) {
  return fields.map((field): ResourceId => ({ path: [field], id: input[field] as string | null | undefined }));
}

// Connect takes a flow, queue, user, quick connect or task template as an id of the call's
// instance or as an ARN, and an ARN names its instance itself:
// arn:<partition>:connect:<region>:<account>:instance/<instanceId>/<type>/<id>.
const ARN = /^arn:/i;
const CONNECT_RESOURCE_ARN = /^arn:[a-z-]+:connect:[a-z0-9-]*:\d*:instance\/([^/:]+)\/./;

type Verdict = { instanceId: string } | 'not-a-connect-resource' | undefined;

function instanceOf(id: string): Verdict {
  if (!ARN.test(id)) return undefined;
  const match = CONNECT_RESOURCE_ARN.exec(id);
  return match?.[1] === undefined ? 'not-a-connect-resource' : { instanceId: match[1] };
}

/**
 * Refuses, before any call, an ARN that names a resource outside the instances this caller may use
 * (AccessDeniedError, as for the contact's own instance), and an ARN that is not a Connect resource
 * ARN or names another instance than the input's (InvalidParameterError at its field: Connect acts
 * within one instance, and an ARN must not carry a call into another one). Bare ids stay within
 * the input's instance and pass. Messages never quote the ARN.
 */
export function assertResourcesAllowed(
  context: AccessContext,
  instanceId: string,
  resources: readonly ResourceId[],
): void {
  const fieldErrors: FieldError[] = [];
  for (const { path, id } of resources) {
    if (id == null) continue;
    const verdict = instanceOf(id);
    if (verdict === undefined) continue;
    const at = ['input', ...path.map(String)];
    if (verdict === 'not-a-connect-resource') {
      fieldErrors.push({ path: at, message: 'Not the ARN of a resource of an Amazon Connect instance.' });
    } else if (!isInstanceAllowed(context, verdict.instanceId)) {
      throw connectError(
        'AccessDeniedException',
        `The ARN at ${at.join('.')} names a Connect instance that is not allowed for this caller.`,
      );
    } else if (verdict.instanceId !== instanceId) {
      fieldErrors.push({ path: at, message: 'The ARN names another Connect instance than instanceId.' });
    }
  }
  if (fieldErrors.length > 0) {
    const summary = fieldErrors.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ');
    throw connectError('InvalidParameterException', `Invalid input: ${summary}`, { fieldErrors });
  }
}
