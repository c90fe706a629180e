import { Writable } from 'node:stream';
import type { OperationName } from '@connect-gateway/connect-emulator';
import type { JWTPayload } from 'jose';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/auth/scopes.ts';
import { emoji } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { bearer, HS256_ENV, hs256Token } from '../support/tokens.ts';
import { INSTANCE_ID, key, SEED } from './support/seed.ts';

// What every routing and task-control mutation shares through defineOperation, checked for each:
// the contact key's limits, the instance allow-list, the scope and the audit line.

const DAY = 24 * 60 * 60 * 1000;

interface Case {
  mutation: string;
  operation: OperationName;
  inputType: string;
  scope: string;
  /** A seeded contact in a state the operation accepts. */
  contactId: string;
  /** A valid input for the contact. */
  input: (contactKey: { instanceId: string; contactId: string }) => Record<string, unknown>;
  /** Puts the emulator in the state the operation needs (a recording in progress), after the store's reset. */
  setup?: (stack: Stack) => void;
}

/** The seeded voice call's agent track in a recording state, as a flow would have left it. */
const recording = (status: 'RECORDING' | 'SUSPENDED') => (s: Stack) =>
  s.emulator.store.supervision.recording(INSTANCE_ID, SEED.voiceInbound).set('AGENT', status);
const recordingInput = (k: { instanceId: string; contactId: string }) => ({
  ...k,
  initialContactId: SEED.voiceInbound,
});

const CASES: Case[] = [
  {
    mutation: 'updateContactRoutingData',
    operation: 'UpdateContactRoutingData',
    inputType: 'UpdateContactRoutingDataInput',
    scope: 'contacts:write',
    contactId: SEED.voiceQueued,
    input: (k) => ({ ...k, queuePriority: '2' }),
  },
  {
    mutation: 'updateContactSchedule',
    operation: 'UpdateContactSchedule',
    inputType: 'UpdateContactScheduleInput',
    scope: 'contacts:write',
    contactId: SEED.taskScheduled,
    input: (k) => ({ ...k, scheduledTime: new Date(Date.now() + DAY).toISOString() }),
  },
  {
    mutation: 'pauseContact',
    operation: 'PauseContact',
    inputType: 'PauseContactInput',
    scope: 'contacts:write',
    contactId: SEED.taskConnected,
    input: (k) => k,
  },
  {
    mutation: 'resumeContact',
    operation: 'ResumeContact',
    inputType: 'ResumeContactInput',
    scope: 'contacts:write',
    contactId: SEED.taskPaused,
    input: (k) => k,
  },
  {
    mutation: 'transferContact',
    operation: 'TransferContact',
    inputType: 'TransferContactInput',
    scope: 'contacts:write',
    contactId: SEED.taskConnected,
    input: (k) => ({ ...k, contactFlowId: 'f', queueId: 'q' }),
  },
  {
    mutation: 'stopContact',
    operation: 'StopContact',
    inputType: 'StopContactInput',
    scope: 'contacts:stop',
    contactId: SEED.taskConnected,
    input: (k) => k,
  },
  {
    mutation: 'startContactRecording',
    operation: 'StartContactRecording',
    inputType: 'StartContactRecordingInput',
    scope: 'contacts:recording',
    contactId: SEED.voiceInbound,
    input: (k) => ({ ...recordingInput(k), voiceRecordingConfiguration: { voiceRecordingTrack: 'ALL' } }),
  },
  {
    mutation: 'suspendContactRecording',
    operation: 'SuspendContactRecording',
    inputType: 'SuspendContactRecordingInput',
    scope: 'contacts:recording',
    contactId: SEED.voiceInbound,
    input: recordingInput,
    setup: recording('RECORDING'),
  },
  {
    mutation: 'resumeContactRecording',
    operation: 'ResumeContactRecording',
    inputType: 'ResumeContactRecordingInput',
    scope: 'contacts:recording',
    contactId: SEED.voiceInbound,
    input: recordingInput,
    setup: recording('SUSPENDED'),
  },
  {
    mutation: 'stopContactRecording',
    operation: 'StopContactRecording',
    inputType: 'StopContactRecordingInput',
    scope: 'contacts:recording',
    contactId: SEED.voiceInbound,
    input: recordingInput,
    setup: recording('RECORDING'),
  },
  {
    mutation: 'monitorContact',
    operation: 'MonitorContact',
    inputType: 'MonitorContactInput',
    scope: 'contacts:monitor',
    contactId: SEED.voiceInbound,
    input: (k) => ({ ...k, userId: 'supervisor-0001' }),
  },
  {
    mutation: 'associateContactWithUser',
    operation: 'AssociateContactWithUser',
    inputType: 'AssociateContactWithUserInput',
    scope: 'contacts:assign',
    contactId: SEED.chainTransferred,
    input: (k) => ({ ...k, userId: 'agent-0042' }),
  },
  {
    mutation: 'dismissUserContact',
    operation: 'DismissUserContact',
    inputType: 'DismissUserContactInput',
    scope: 'contacts:assign',
    contactId: SEED.chatCompleted,
    input: (k) => ({ ...k, userId: 'agent-0002' }),
  },
];

const lines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(
      ...chunk
        .toString('utf8')
        .split('\n')
        .filter((line) => line.length > 0),
    );
    done();
  },
});

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: HS256_ENV, logger: pino({ level: 'info' }, sink) });
});
afterAll(() => stack.close());
beforeEach(() => {
  lines.length = 0;
  stack.emulator.resetStore();
  stack.emulator.resetCalls();
});

type Answer = { __typename: string; requestId?: string | null; fieldErrors?: { path: string[] }[] };
interface Body {
  data?: Record<string, Answer> | null;
  errors?: { extensions: { code: string } }[];
}

async function run(c: Case, input: Record<string, unknown>, claims: JWTPayload = {}): Promise<Body> {
  const query = `mutation($i: ${c.inputType}!) { ${c.mutation}(input: $i) { __typename ... on Error { message }
    ... on InvalidParameterError { requestId fieldErrors { path } } ... on ResourceNotFoundError { requestId }
    ... on AccessDeniedError { requestId } ... on ${c.mutation[0]?.toUpperCase()}${c.mutation.slice(1)}Success { requestId } } }`;
  const token = await hs256Token({ sub: 'agent-7', scope: c.scope, ...claims });
  const response = await stack.post({ query, variables: { i: input } }, bearer(token));
  return (await response.json()) as Body;
}

const audits = (mutation: string) =>
  lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.audit === mutation);

describe.each(CASES)('$mutation', (c) => {
  it.each([
    ['instanceId', 100],
    ['contactId', 256],
  ] as const)('passes a %s of %i characters to Connect and refuses one more without a call', async (field, max) => {
    // Over-long ids name nothing in Connect: reaching it shows as ResourceNotFoundError.
    const accepted = await run(c, c.input({ ...key(c.contactId), [field]: emoji(max) }));
    expect(accepted.data?.[c.mutation]?.__typename).toBe('ResourceNotFoundError');
    expect(stack.connectCalls(c.operation)).toHaveLength(1);
    stack.emulator.resetCalls();
    const refused = await run(c, c.input({ ...key(c.contactId), [field]: emoji(max + 1) }));
    expect(refused.data?.[c.mutation]).toMatchObject({
      __typename: 'InvalidParameterError',
      fieldErrors: [{ path: ['input', field] }],
    });
    expect(stack.emulator.calls).toHaveLength(0);
  });

  it("answers AccessDeniedError for an instance outside the token's instances, without a call", async () => {
    const body = await run(c, c.input(key(c.contactId)), { connect_instances: ['another-instance'] });
    expect(body.data?.[c.mutation]).toMatchObject({ __typename: 'AccessDeniedError', requestId: null });
    expect(stack.emulator.calls).toHaveLength(0);
  });

  it(`is FORBIDDEN without ${c.scope}, even with every other scope, without a call`, async () => {
    // No scope implies another: a token with all the others is refused.
    const others = SCOPES.filter((scope) => scope !== c.scope).join(' ');
    const body = await run(c, c.input(key(c.contactId)), { scope: others });
    expect(body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(stack.emulator.calls).toHaveLength(0);
  });

  it('writes one audit line: who, which contact, the result and the AWS request id', async () => {
    c.setup?.(stack);
    const body = await run(c, c.input(key(c.contactId)));
    const answer = body.data?.[c.mutation];
    expect(answer?.__typename).toMatch(/Success$/);
    expect(audits(c.mutation)).toEqual([
      expect.objectContaining({
        subject: 'agent-7',
        instanceId: INSTANCE_ID,
        contactId: c.contactId,
        fields: [],
        result: answer?.__typename,
        requestId: answer?.requestId,
      }),
    ]);
  });
});
