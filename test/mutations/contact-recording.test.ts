import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ResumeContactRecordingDocument,
  StartContactRecordingDocument,
  type StartContactRecordingInput,
  StopContactRecordingDocument,
  SuspendContactRecordingDocument,
  type SuspendContactRecordingInput,
} from '../../operations/generated/graphql.ts';
import { emoji } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { expectInjectedError } from './support/documented-errors.ts';
import { expectFieldErrors } from './support/refusals.ts';
import { INSTANCE_ID, key, SEED } from './support/seed.ts';

// startContactRecording, suspendContactRecording, resumeContactRecording, stopContactRecording
// through the gateway and the emulator, which keeps each contact's recording per track.

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ client: { maxAttempts: 1 } });
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.emulator.faults.clear();
  stack.emulator.resetStore();
  stack.emulator.resetCalls();
});

const VOICE = SEED.voiceInbound;
const ids = (contactId: string = VOICE) => ({ ...key(contactId), initialContactId: contactId });
const startInput = (more: Partial<StartContactRecordingInput> = {}): StartContactRecordingInput => ({
  ...ids(),
  voiceRecordingConfiguration: { voiceRecordingTrack: 'ALL' },
  ...more,
});

async function start(input: StartContactRecordingInput = startInput()) {
  const { data, errors } = await stack.execute(StartContactRecordingDocument, { input });
  expect(errors).toBeUndefined();
  return data!.startContactRecording;
}
const DOCUMENTS = {
  suspend: 'suspendContactRecording',
  resume: 'resumeContactRecording',
  stop: 'stopContactRecording',
} as const;
const OPERATIONS = {
  suspend: 'SuspendContactRecording',
  resume: 'ResumeContactRecording',
  stop: 'StopContactRecording',
} as const;
type Verb = keyof typeof DOCUMENTS;
type Answer = { __typename: string; message?: string; requestId?: string | null; fieldErrors?: { path: string[] }[] };
async function act(verb: Verb, input: SuspendContactRecordingInput = ids()): Promise<Answer> {
  // The three inputs have the same shape; one typed document each.
  const { data, errors } =
    verb === 'suspend'
      ? await stack.execute(SuspendContactRecordingDocument, { input })
      : verb === 'resume'
        ? await stack.execute(ResumeContactRecordingDocument, { input })
        : await stack.execute(StopContactRecordingDocument, { input });
  expect(errors).toBeUndefined();
  return (data as Record<string, Answer>)[DOCUMENTS[verb]]!;
}
const tracks = () => Object.fromEntries(stack.emulator.store.supervision.recording(INSTANCE_ID, VOICE));

describe('startContactRecording', () => {
  it('starts the agent and IVR tracks and sends exactly the input', async () => {
    const result = await start(
      startInput({ voiceRecordingConfiguration: { voiceRecordingTrack: 'FROM_AGENT', ivrRecordingTrack: 'ALL' } }),
    );
    expect(result).toMatchObject({ __typename: 'StartContactRecordingSuccess', contactId: VOICE });
    expect(stack.connectCalls('StartContactRecording')[0]?.body).toEqual({
      InstanceId: INSTANCE_ID,
      ContactId: VOICE,
      InitialContactId: VOICE,
      VoiceRecordingConfiguration: { VoiceRecordingTrack: 'FROM_AGENT', IvrRecordingTrack: 'ALL' },
    });
    expect(tracks()).toEqual({ AGENT: 'RECORDING', IVR: 'RECORDING' });
  });

  it('refuses a configuration naming no track with InvalidRequestError, without calling Connect', async () => {
    const result = await start(startInput({ voiceRecordingConfiguration: {} }));
    expect(result).toMatchObject({ __typename: 'InvalidRequestError', requestId: null });
    expect(stack.emulator.calls).toHaveLength(0);
  });

  it('refuses a second start (recording, suspended or stopped): InvalidRequestError from Connect', async () => {
    expect((await start()).__typename).toBe('StartContactRecordingSuccess');
    expect((await start()).__typename).toBe('InvalidRequestError');
    await act('stop');
    expect((await start()).__typename).toBe('InvalidRequestError');
    expect(stack.connectCalls('StartContactRecording').map((c) => c.status)).toEqual([200, 400, 400]);
  });
});

describe('the recording of a contact, track by track', () => {
  it('start, suspend, resume, stop: each only from the state Connect allows it in', async () => {
    expect((await act('suspend')).__typename).toBe('InvalidRequestError'); // nothing recorded yet
    expect((await start()).__typename).toBe('StartContactRecordingSuccess');
    expect((await act('resume')).__typename).toBe('InvalidRequestError'); // recording, not suspended
    expect((await act('suspend')).__typename).toBe('SuspendContactRecordingSuccess');
    expect(tracks()).toEqual({ AGENT: 'SUSPENDED' });
    expect((await act('suspend')).__typename).toBe('InvalidRequestError'); // suspended already
    expect((await act('resume')).__typename).toBe('ResumeContactRecordingSuccess');
    expect(tracks()).toEqual({ AGENT: 'RECORDING' });
    expect((await act('stop')).__typename).toBe('StopContactRecordingSuccess');
    expect(tracks()).toEqual({ AGENT: 'STOPPED' });
    expect((await act('stop')).__typename).toBe('InvalidRequestError'); // stopped already
    expect((await act('resume')).__typename).toBe('InvalidRequestError');
  });

  it('stops a suspended recording', async () => {
    stack.emulator.store.supervision.recording(INSTANCE_ID, VOICE).set('AGENT', 'SUSPENDED');
    expect((await act('stop')).__typename).toBe('StopContactRecordingSuccess');
  });

  it('acts on the named recording type only, and sends it', async () => {
    stack.emulator.store.supervision.recording(INSTANCE_ID, VOICE).set('SCREEN', 'RECORDING');
    expect((await act('suspend', { ...ids(), contactRecordingType: 'AGENT' })).__typename).toBe('InvalidRequestError');
    expect((await act('suspend', { ...ids(), contactRecordingType: 'SCREEN' })).__typename).toBe(
      'SuspendContactRecordingSuccess',
    );
    expect(stack.connectCalls('SuspendContactRecording').at(-1)?.body).toEqual({
      ...{ InstanceId: INSTANCE_ID, ContactId: VOICE, InitialContactId: VOICE },
      ContactRecordingType: 'SCREEN',
    });
    expect(tracks()).toEqual({ SCREEN: 'SUSPENDED' });
  });

  it('reads back when the contact changed (DescribeContact LastUpdateTimestamp)', async () => {
    const before = Date.now() - 1000;
    const result = await start();
    if (result.__typename !== 'StartContactRecordingSuccess') throw new Error(result.__typename);
    expect(Date.parse(result.contact.lastUpdateTimestamp ?? '')).toBeGreaterThanOrEqual(before);
  });

  it.each([
    ['a chat', SEED.chatCompleted],
    ['a task', SEED.taskConnected],
    ['an email', SEED.emailConnected],
  ])('answers InvalidRequestError for %s: only voice (and screen) is recorded', async (_case, contactId) => {
    expect((await start(startInput(ids(contactId)))).__typename).toBe('InvalidRequestError');
    expect(stack.connectCalls('StartContactRecording').map((c) => c.status)).toEqual([400]);
  });

  it('answers InvalidRequestError for an ended voice call, and for an initialContactId of another chain', async () => {
    const ended = stack.emulator.store.addContact({
      instanceId: INSTANCE_ID,
      contact: { Channel: 'VOICE', DisconnectTimestamp: new Date() },
    });
    expect((await start(startInput(ids(ended.contact.Id)))).__typename).toBe('InvalidRequestError');
    expect((await start(startInput({ initialContactId: SEED.voiceQueued }))).__typename).toBe('InvalidRequestError');
  });

  it('answers ResourceNotFoundError for an unknown contact', async () => {
    expect((await act('stop', ids('no-such-contact'))).__typename).toBe('ResourceNotFoundError');
  });
});

describe('limits (Unicode code points), on both sides', () => {
  it.each(['suspend', 'resume', 'stop'] as const)(
    '%s: an initialContactId of 256 characters reaches Connect, 257 or none is refused without a call',
    async (verb) => {
      // 256 characters name no chain of the contact: Connect's answer shows the call was made.
      expect((await act(verb, { ...ids(), initialContactId: emoji(256) })).__typename).toBe('InvalidRequestError');
      expect(stack.emulator.calls).toHaveLength(1);
      stack.emulator.resetCalls();
      expectFieldErrors(stack, await act(verb, { ...ids(), initialContactId: emoji(257) }), [
        ['input', 'initialContactId'],
      ]);
      expectFieldErrors(stack, await act(verb, { ...ids(), initialContactId: '' }), [['input', 'initialContactId']]);
    },
  );

  it('start: the same initialContactId limits', async () => {
    expect((await start(startInput({ initialContactId: emoji(256) }))).__typename).toBe('InvalidRequestError');
    stack.emulator.resetCalls();
    expectFieldErrors(stack, await start(startInput({ initialContactId: emoji(257) })), [
      ['input', 'initialContactId'],
    ]);
  });
});

describe('every documented Connect error is its union member', () => {
  const COMMON = [
    'InvalidRequestException',
    'ResourceNotFoundException',
    'InternalServiceException',
    'InvalidActiveRegionException',
    'ThrottlingException',
    'AccessDeniedException',
    'InvalidParameterException',
  ] as const;
  it.each(COMMON)('startContactRecording: %s', async (exception) => {
    await expectInjectedError(stack, 'StartContactRecording', exception, () => start());
  });
  it.each(
    (['suspend', 'resume', 'stop'] as const).flatMap((verb) => COMMON.map((exception) => [verb, exception] as const)),
  )('%sContactRecording: %s', async (verb, exception) => {
    await expectInjectedError(stack, OPERATIONS[verb], exception, () => act(verb));
  });
});
