import {
  DOCUMENTED_RULES,
  type ModelConstraints,
  type ModelMember,
  type ModelOperationName,
  memberParts,
  modelOperation,
} from '@connect-gateway/connect-model';
import {
  type GraphQLField,
  type GraphQLInputObjectType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { CONNECT_EXCEPTIONS } from '../../src/connect/exceptions.ts';
import { buildSchema } from '../../src/schema/index.ts';
import { usedModelConstraints } from '../../src/validation/model-constraints.ts';

// The gateway against Connect's service model (packages/connect-model), one row per operation the
// schema exposes. A new mutation without its row fails here, and so does a model update that adds a
// member, changes a limit or documents another error, until the gateway follows or says why not.

/** Every union's members besides the documented errors: the gateway's own refusals and Connect's 403/429. */
const GATEWAY_ADDITIONS = ['InvalidParameterException', 'AccessDeniedException', 'ThrottlingException'];

interface Row {
  operation: ModelOperationName;
  /** Input members (paths as the model's reader writes them) the gateway does not offer, with the reason. */
  omitted?: Record<string, string>;
  /** Errors the union holds beyond the model's, with the reason. */
  addedErrors?: Record<string, string>;
}

const ROWS: Record<string, Row> = {
  updateContact: {
    operation: 'UpdateContact',
    omitted: {
      QueueInfo: 'only for external audio contacts (Connect refuses it otherwise); the gateway offers none',
      UserInfo: 'only for external audio contacts (Connect refuses it otherwise); the gateway offers none',
      CustomerEndpoint: 'only for external audio contacts (Connect refuses it otherwise); the gateway offers none',
      SystemEndpoint: 'only for external audio contacts (Connect refuses it otherwise); the gateway offers none',
    },
  },
  updateContactAttributes: { operation: 'UpdateContactAttributes' },
  tagContact: { operation: 'TagContact' },
  untagContact: { operation: 'UntagContact' },
  updateContactRoutingData: { operation: 'UpdateContactRoutingData' },
  updateContactSchedule: { operation: 'UpdateContactSchedule' },
  pauseContact: { operation: 'PauseContact' },
  resumeContact: { operation: 'ResumeContact' },
  transferContact: { operation: 'TransferContact' },
  stopContact: { operation: 'StopContact' },
  startContactRecording: { operation: 'StartContactRecording' },
  suspendContactRecording: { operation: 'SuspendContactRecording' },
  resumeContactRecording: { operation: 'ResumeContactRecording' },
  stopContactRecording: { operation: 'StopContactRecording' },
  monitorContact: { operation: 'MonitorContact' },
  associateContactWithUser: { operation: 'AssociateContactWithUser' },
  dismissUserContact: { operation: 'DismissUserContact' },
  startTaskContact: {
    operation: 'StartTaskContact',
    omitted: {
      Attachments:
        'files uploaded to the instance beforehand (StartAttachedFileUpload, not offered): nothing a task could attach yet',
    },
    addedErrors: {
      IdempotencyException:
        'a clientToken reused with other members: the public contract answers IdempotencyError, as for transferContact',
    },
  },
};

/** DescribeContact's Contact members the GraphQL Contact type does not show, with the reason. */
const CONTACT_OMITTED: Record<string, string> = {
  OutboundStrategy:
    "outbound campaigns' agent-first preview configuration: no desktop of this gateway previews campaign contacts",
};
/** The GraphQL Contact fields whose model member has another name. */
const CONTACT_RENAMED: Record<string, string> = {
  Id: 'id',
  QueueInfo: 'queue',
  AgentInfo: 'agent',
  WisdomInfo: 'wisdom',
  TaskTemplateInfo: 'taskTemplate',
};
/**
 * Contact fields the gateway adds: the entity's key part the model keeps in the request, and the
 * queue metrics GetContactMetrics answers (not DescribeContact).
 */
const CONTACT_OWN_FIELDS = ['instanceId', 'queueMetrics'];
/** Contact fields read by another Connect operation than DescribeContact. */
const CONTACT_FIELDS_OF_OPERATIONS: Record<string, ModelOperationName> = { references: 'ListContactReferences' };

const schema = buildSchema();
const lowerFirst = (name: string) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
const exceptionOfType = new Map<string, string>(
  Object.entries(CONNECT_EXCEPTIONS).map(([exception, row]) => [row.type, exception]),
);

function unionErrors(field: GraphQLField<unknown, unknown>, success: string): string[] {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (!isUnionType(type)) throw new Error(`${field.name} does not answer a union`);
  return type
    .getTypes()
    .map((member) => member.name)
    .filter((name) => name !== success)
    .map((name) => exceptionOfType.get(name) ?? `unknown member ${name}`);
}

const expectedErrors = (operation: ModelOperationName) =>
  [...new Set([...modelOperation(operation).errors, ...GATEWAY_ADDITIONS])].sort();

/** The constraints the gateway must check: the model's, narrowed only by a product rule of DOCUMENTED_RULES. */
function expectedConstraints(operation: ModelOperationName, member: ModelMember): ModelConstraints {
  const expected = { ...member.constraints };
  for (const rule of Object.values(DOCUMENTED_RULES))
    if (rule.enforcedBy === 'gateway' && rule.operation === operation && rule.path === member.path && 'max' in rule)
      expected.max = rule.max;
  return expected;
}

const hasLimit = ({ min, max, pattern, enum: values }: ModelConstraints) =>
  min !== undefined || max !== undefined || pattern !== undefined || values !== undefined;

/** The constrained parts of an exposed member, as deep as they go (a recursive shape once). */
function constrainedParts(member: ModelMember, omitted: Record<string, string>, seen: string[] = []): ModelMember[] {
  if (omitted[member.path] || seen.includes(member.shapeName)) return [];
  const own = hasLimit(member.constraints) ? [member] : [];
  const deeper = memberParts(member).flatMap((part) => constrainedParts(part, omitted, [...seen, member.shapeName]));
  return [...own, ...deeper];
}

const used = usedModelConstraints();
function usedFor(operation: ModelOperationName, member: ModelMember) {
  return (
    used.find((u) => u.operation === operation && u.path === member.path) ??
    // A helper shared by several members of the same shape (the contact key, a tag key) took it once.
    used.find((u) => u.shapeName === member.shapeName)
  );
}

describe('every exposed operation has its row', () => {
  const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
  it('one row per mutation, no row without its mutation', () => {
    expect(mutations).toEqual(Object.keys(ROWS).sort());
  });
});

describe.each(Object.keys(schema.getMutationType()?.getFields() ?? {}))('%s', (name) => {
  const row = ROWS[name];
  const field = schema.getMutationType()?.getFields()[name];
  const Name = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;

  it('is the Connect operation of its name', () => {
    expect(row?.operation).toBe(Name);
  });
  if (!row || !field) return;
  const omitted = row.omitted ?? {};
  const model = modelOperation(row.operation);
  const inputArg = field.args.find((arg) => arg.name === 'input');
  const inputType = inputArg && (isNonNullType(inputArg.type) ? inputArg.type.ofType : inputArg.type);
  const inputFields = isInputObjectType(inputType) ? (inputType as GraphQLInputObjectType).getFields() : {};

  it('offers every input member of the model, or says why not', () => {
    const missing = model.input
      .filter((member) => !(lowerFirst(member.name) in inputFields) && !omitted[member.name])
      .map((member) => member.name);
    expect(missing, 'model input members neither exposed nor omitted with a reason').toEqual([]);
    for (const [path, reason] of Object.entries(omitted)) {
      expect(reason.length, path).toBeGreaterThan(10);
      const top = path.split('.')[0] ?? '';
      expect(
        model.input.map((m) => m.name),
        `omitted ${path} is not a model member`,
      ).toContain(top);
      if (!path.includes('.')) expect(inputFields, `omitted ${path} is exposed`).not.toHaveProperty(lowerFirst(path));
    }
  });

  it('adds no input field the model does not have, and requires what the model requires', () => {
    const members = new Map(model.input.map((member) => [lowerFirst(member.name), member]));
    for (const [fieldName, inputField] of Object.entries(inputFields)) {
      const member = members.get(fieldName);
      expect(member, `${fieldName} is not a member of ${row.operation}`).toBeDefined();
      if (member?.required && !member.idempotencyToken)
        expect(isNonNullType(inputField.type), `${fieldName} is required by the model`).toBe(true);
    }
  });

  it('checks every constraint of the members it offers, exactly as the model states it', () => {
    const exposed = model.input.filter((member) => !omitted[member.name]);
    for (const part of exposed.flatMap((member) => constrainedParts(member, omitted))) {
      const taken = usedFor(row.operation, part);
      expect(taken, `${row.operation} ${part.path}: its limits are not taken from the model`).toBeDefined();
      expect(taken?.constraints, `${row.operation} ${part.path}`).toEqual(expectedConstraints(row.operation, part));
    }
  });

  it("answers exactly the model's errors plus ThrottlingError, AccessDeniedError and InvalidParameterError", () => {
    const added = Object.keys(row.addedErrors ?? {});
    expect(unionErrors(field, `${Name}Success`).sort()).toEqual([...expectedErrors(row.operation), ...added].sort());
  });
});

describe('Query.contact (DescribeContact)', () => {
  const field = schema.getQueryType()?.getFields().contact;

  it("answers exactly the model's errors plus the gateway's additions", () => {
    if (!field) throw new Error('Query.contact is missing');
    expect(unionErrors(field, 'Contact').sort()).toEqual(expectedErrors('DescribeContact'));
  });

  it('takes the model input members as arguments', () => {
    expect(field?.args.map((arg) => arg.name).sort()).toEqual(
      modelOperation('DescribeContact')
        .input.map((m) => lowerFirst(m.name))
        .sort(),
    );
  });

  it('shows every member of the Contact Connect describes, or says why not', () => {
    const contact = schema.getType('Contact');
    if (!isObjectType(contact)) throw new Error('Contact is not an object type');
    const fields = Object.keys(contact.getFields());
    const [described] = modelOperation('DescribeContact').output;
    const members = described ? memberParts(described) : [];
    const unexplained = members
      .map((member) => member.name)
      .filter((name) => !fields.includes(CONTACT_RENAMED[name] ?? lowerFirst(name)) && !CONTACT_OMITTED[name]);
    expect(unexplained, 'Contact members neither exposed nor omitted with a reason').toEqual([]);
    for (const name of Object.keys(CONTACT_OMITTED)) {
      expect(
        members.map((m) => m.name),
        `omitted ${name} is not a Contact member`,
      ).toContain(name);
      expect(fields, `omitted ${name} is exposed`).not.toContain(CONTACT_RENAMED[name] ?? lowerFirst(name));
    }
    const modelled = new Set(members.map((m) => CONTACT_RENAMED[m.name] ?? lowerFirst(m.name)));
    expect(
      fields.filter((f) => !modelled.has(f) && !CONTACT_OWN_FIELDS.includes(f) && !CONTACT_FIELDS_OF_OPERATIONS[f]),
    ).toEqual([]);
  });
});

describe('Contact.references (ListContactReferences)', () => {
  const contact = schema.getType('Contact');
  const field = isObjectType(contact) ? contact.getFields().references : undefined;
  const [summaries] = modelOperation('ListContactReferences').output;
  const summary = summaries && memberParts(summaries)[0];
  const unionMembers = summary ? memberParts(summary) : [];

  it("takes `types` as the model's ReferenceTypes, of every value of its enum", () => {
    const types = modelOperation('ListContactReferences').input.find((m) => m.name === 'ReferenceTypes');
    const [member] = types ? memberParts(types) : [];
    const enumType = schema.getType('ReferenceType');
    expect(field?.args.map((arg) => arg.name)).toEqual(['types']);
    expect(
      enumType && 'getValues' in enumType
        ? enumType
            .getValues()
            .map((v) => v.name)
            .sort()
        : [],
    ).toEqual([...(member?.constraints.enum ?? [])].sort());
  });

  it('shows every member of every ReferenceSummary member, and its type', () => {
    const reference = schema.getType('ContactReference');
    if (!isObjectType(reference)) throw new Error('ContactReference is not an object type');
    const members = new Set(unionMembers.flatMap((m) => memberParts(m).map((part) => lowerFirst(part.name))));
    // Only the contact analysis has these two; the public contract has no field for them.
    members.delete('analyticsMode');
    members.delete('isRedacted');
    const fields = Object.keys(reference.getFields());
    expect([...members].filter((m) => !fields.includes(m))).toEqual([]);
    // `type` says which union member answered; `statusReason` is updateContact's, no summary has it.
    expect(fields.filter((f) => !members.has(f)).sort()).toEqual(['statusReason', 'type']);
  });

  it('has a row of the error table for every error the model documents', () => {
    const documented = modelOperation('ListContactReferences').errors;
    expect(documented.filter((error) => !(error in CONNECT_EXCEPTIONS))).toEqual([]);
  });
});

describe('the error table', () => {
  it('has a row for every error the model documents for the exposed operations', () => {
    const operations = [...Object.values(ROWS).map((row) => row.operation), 'DescribeContact' as const];
    const documented = new Set(operations.flatMap((operation) => modelOperation(operation).errors));
    expect([...documented].filter((error) => !(error in CONNECT_EXCEPTIONS))).toEqual([]);
  });
});

describe('Query.searchContacts (SearchContacts)', () => {
  const field = schema.getQueryType()?.getFields().searchContacts;

  it("answers exactly the model's errors plus the gateway's additions", () => {
    if (!field) throw new Error('Query.searchContacts is missing');
    expect(unionErrors(field, 'ContactSearchConnection').sort()).toEqual(expectedErrors('SearchContacts'));
  });

  it('takes every input member of the model: NextToken and MaxResults as after and first', () => {
    const input = field?.args.find((arg) => arg.name === 'input');
    const inputType = input && (isNonNullType(input.type) ? input.type.ofType : input.type);
    const offered = isInputObjectType(inputType) ? Object.keys(inputType.getFields()) : [];
    const members = modelOperation('SearchContacts').input.map((m) => lowerFirst(m.name));
    expect([...offered, 'nextToken', 'maxResults'].sort()).toEqual(members.sort());
    expect(field?.args.map((arg) => arg.name).sort()).toEqual(['after', 'first', 'input']);
  });
});
