import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { ConnectClient } from '@aws-sdk/client-connect';
import {
  AssociateContactWithUserCommand,
  DescribeContactCommand,
  DismissUserContactCommand,
  GetContactAttributesCommand,
  GetContactMetricsCommand,
  InternalServiceException,
  ListContactReferencesCommand,
  MonitorContactCommand,
  PauseContactCommand,
  ResumeContactCommand,
  ResumeContactRecordingCommand,
  StartContactRecordingCommand,
  StopContactCommand,
  StopContactRecordingCommand,
  SuspendContactRecordingCommand,
  TagContactCommand,
  ThrottlingException,
  TransferContactCommand,
  UntagContactCommand,
  UpdateContactAttributesCommand,
  UpdateContactRoutingDataCommand,
  UpdateContactScheduleCommand,
} from '@aws-sdk/client-connect';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OperationName } from '../src/index.ts';
import { createFaults, OPERATION_NAMES, SEED_CONTACT_IDS, SEED_INSTANCE_ID } from '../src/index.ts';
import { OPERATIONS } from '../src/routes.ts';
import { rejectionOf, useEmulator } from './sdk-client.ts';

const env = useEmulator();
beforeEach(() => {
  env.emulator.resetStore();
  env.emulator.faults.clear();
  env.emulator.resetCalls();
});

const I = SEED_INSTANCE_ID;
/** Puts the agent track of a contact in a recording state, as a flow would have. */
const recording = (id: string, status: 'RECORDING' | 'SUSPENDED') =>
  env.emulator.store.supervision.recording(I, id).set('AGENT', status);
type Send = (client: ConnectClient, contactId: string) => Promise<unknown>;
// One valid call per new operation, naming the contact the fault filter looks for.
// StartTaskContact and SearchContacts name no existing contact: its own tests cover it (test/start-task-contact.test.ts).
const CALLS: Record<
  Exclude<OperationName, 'UpdateContact' | 'DescribeContact' | 'StartTaskContact' | 'SearchContacts'>,
  Send
> = {
  UpdateContactAttributes: (c, id) =>
    c.send(new UpdateContactAttributesCommand({ InstanceId: I, InitialContactId: id, Attributes: { k: 'v' } })),
  GetContactAttributes: (c, id) => c.send(new GetContactAttributesCommand({ InstanceId: I, InitialContactId: id })),
  TagContact: (c, id) => c.send(new TagContactCommand({ InstanceId: I, ContactId: id, Tags: { k: 'v' } })),
  UntagContact: (c, id) => c.send(new UntagContactCommand({ InstanceId: I, ContactId: id, TagKeys: ['k'] })),
  UpdateContactRoutingData: (c, id) =>
    c.send(new UpdateContactRoutingDataCommand({ InstanceId: I, ContactId: id, QueuePriority: 1 })),
  UpdateContactSchedule: (c, id) =>
    c.send(
      new UpdateContactScheduleCommand({
        InstanceId: I,
        ContactId: id,
        ScheduledTime: new Date(Date.now() + 3_600_000),
      }),
    ),
  PauseContact: (c, id) => c.send(new PauseContactCommand({ InstanceId: I, ContactId: id })),
  ResumeContact: (c, id) => c.send(new ResumeContactCommand({ InstanceId: I, ContactId: id })),
  TransferContact: (c, id) =>
    c.send(new TransferContactCommand({ InstanceId: I, ContactId: id, ContactFlowId: 'f', QueueId: 'q' })),
  StopContact: (c, id) => c.send(new StopContactCommand({ InstanceId: I, ContactId: id })),
  ListContactReferences: (c, id) =>
    c.send(new ListContactReferencesCommand({ InstanceId: I, ContactId: id, ReferenceTypes: ['URL'] })),
  StartContactRecording: (c, id) =>
    c.send(
      new StartContactRecordingCommand({
        InstanceId: I,
        ContactId: id,
        InitialContactId: id,
        VoiceRecordingConfiguration: { VoiceRecordingTrack: 'ALL' },
      }),
    ),
  SuspendContactRecording: (c, id) => {
    recording(id, 'RECORDING');
    return c.send(new SuspendContactRecordingCommand({ InstanceId: I, ContactId: id, InitialContactId: id }));
  },
  ResumeContactRecording: (c, id) => {
    recording(id, 'SUSPENDED');
    return c.send(new ResumeContactRecordingCommand({ InstanceId: I, ContactId: id, InitialContactId: id }));
  },
  StopContactRecording: (c, id) => {
    recording(id, 'RECORDING');
    return c.send(new StopContactRecordingCommand({ InstanceId: I, ContactId: id, InitialContactId: id }));
  },
  MonitorContact: (c, id) =>
    c.send(new MonitorContactCommand({ InstanceId: I, ContactId: id, UserId: 'supervisor-1' })),
  AssociateContactWithUser: (c, id) =>
    c.send(new AssociateContactWithUserCommand({ InstanceId: I, ContactId: id, UserId: 'agent-0009' })),
  DismissUserContact: (c, id) =>
    c.send(new DismissUserContactCommand({ InstanceId: I, ContactId: id, UserId: 'agent-0002' })),
  GetContactMetrics: (c, id) =>
    c.send(new GetContactMetricsCommand({ InstanceId: I, ContactId: id, Metrics: [{ Name: 'POSITION_IN_QUEUE' }] })),
};
// A contact each operation succeeds on.
const TARGET: Record<keyof typeof CALLS, string> = {
  UpdateContactAttributes: SEED_CONTACT_IDS.chainInitial,
  GetContactAttributes: SEED_CONTACT_IDS.chainInitial,
  ListContactReferences: SEED_CONTACT_IDS.chatCompleted,
  TagContact: SEED_CONTACT_IDS.taskConnected,
  UntagContact: SEED_CONTACT_IDS.taskConnected,
  UpdateContactRoutingData: SEED_CONTACT_IDS.voiceQueued,
  UpdateContactSchedule: SEED_CONTACT_IDS.taskScheduled,
  PauseContact: SEED_CONTACT_IDS.taskConnected,
  ResumeContact: SEED_CONTACT_IDS.taskPaused,
  TransferContact: SEED_CONTACT_IDS.emailConnected,
  StopContact: SEED_CONTACT_IDS.voiceInbound,
  StartContactRecording: SEED_CONTACT_IDS.voiceInbound,
  SuspendContactRecording: SEED_CONTACT_IDS.voiceInbound,
  ResumeContactRecording: SEED_CONTACT_IDS.voiceInbound,
  StopContactRecording: SEED_CONTACT_IDS.voiceInbound,
  MonitorContact: SEED_CONTACT_IDS.voiceInbound,
  AssociateContactWithUser: SEED_CONTACT_IDS.chainTransferred,
  DismissUserContact: SEED_CONTACT_IDS.chatCompleted,
  GetContactMetrics: SEED_CONTACT_IDS.voiceQueued,
};
const NEW_OPERATIONS = Object.keys(CALLS) as (keyof typeof CALLS)[];

describe('the route table lists every operation', () => {
  it('for the call log, the fault filter and the control API', async () => {
    expect([...OPERATION_NAMES].sort()).toEqual(
      ['DescribeContact', 'UpdateContact', 'StartTaskContact', 'SearchContacts', ...NEW_OPERATIONS].sort(),
    );
    const res = await fetch(`${env.emulator.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify(NEW_OPERATIONS.map((operation) => ({ kind: 'reset', operation, contactId: 'none' }))),
    });
    expect(res.status).toBe(201);
  });
});

describe.each(NEW_OPERATIONS)('%s', (operation) => {
  const send = CALLS[operation];
  const target = TARGET[operation];

  it('succeeds through the SDK and logs the instance and contact it names', async () => {
    await send(env.client, target);
    expect(env.emulator.calls).toEqual([
      expect.objectContaining({ operation, instanceId: I, contactId: target, status: 200 }),
    ]);
  });

  it('an injected error filtered by operation and contact hits only that contact', async () => {
    env.emulator.faults.add({
      kind: 'error',
      name: 'InternalServiceException',
      operation,
      instanceId: I,
      contactId: 'other-contact',
    });
    env.emulator.faults.add({
      kind: 'error',
      name: 'InternalServiceException',
      operation: 'DescribeContact',
      contactId: target,
    });
    env.emulator.faults.add({
      kind: 'error',
      name: 'InternalServiceException',
      operation,
      contactId: target,
      times: 1,
    });
    const error = await rejectionOf(send(env.client, target));
    expect(error).toBeInstanceOf(InternalServiceException);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 500 });
    await expect(send(env.client, target)).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
  });
});

describe('Connect quotas (a `quotas` fault)', () => {
  const rows = OPERATIONS.filter((o) => o.quota);

  it('the route table carries each quota', () => {
    expect(Object.fromEntries(rows.map((o) => [o.name, o.quota]))).toEqual({
      UpdateContactAttributes: { ratePerSecond: 10, burst: 15 },
      GetContactAttributes: { ratePerSecond: 10, burst: 15 },
      ListContactReferences: { ratePerSecond: 2, burst: 5 },
      TagContact: { ratePerSecond: 20, burst: 25 },
      UntagContact: { ratePerSecond: 20, burst: 25 },
      UpdateContactRoutingData: { ratePerSecond: 20, burst: 25 },
      UpdateContactSchedule: { ratePerSecond: 2, burst: 5 },
      PauseContact: { ratePerSecond: 2, burst: 5 },
      ResumeContact: { ratePerSecond: 2, burst: 5 },
      TransferContact: { ratePerSecond: 2, burst: 5 },
      StopContact: { ratePerSecond: 10, burst: 15 },
      StartContactRecording: { ratePerSecond: 2, burst: 5 },
      SuspendContactRecording: { ratePerSecond: 2, burst: 5 },
      ResumeContactRecording: { ratePerSecond: 2, burst: 5 },
      StopContactRecording: { ratePerSecond: 2, burst: 5 },
      MonitorContact: { ratePerSecond: 2, burst: 5 },
      AssociateContactWithUser: { ratePerSecond: 2, burst: 5 },
      DismissUserContact: { ratePerSecond: 2, burst: 5 },
      GetContactMetrics: { ratePerSecond: 2, burst: 5 },
      StartTaskContact: { ratePerSecond: 2, burst: 5 },
      SearchContacts: { ratePerSecond: 0.5, burst: 1 },
    });
  });

  it.each(rows.map((o) => [o.name, o] as const))(
    '%s: burst calls pass, then 429 until its rate refills one',
    (_name, row) => {
      let now = 0;
      const faults = createFaults({ now: () => now });
      faults.add({ kind: 'quotas' });
      const quota = row.quota ?? { ratePerSecond: 0, burst: 0 };
      const throttled = () => faults.decide({ operation: row.name, quota }).effect?.kind === 'quotas';
      for (let i = 0; i < quota.burst; i++) expect(throttled()).toBe(false);
      expect(throttled()).toBe(true);
      now += 1000 / quota.ratePerSecond - 1;
      expect(throttled()).toBe(true);
      now += 1;
      expect([throttled(), throttled()]).toEqual([false, true]);
    },
  );

  describe('with the clock held still', () => {
    // Real time would refill a 10/s bucket during a slow burst; a still clock makes the count exact.
    const still = useEmulator({ clock: () => new Date('2026-11-30T09:00:00Z') });

    it('each operation has its own bucket; operations without a quota are never throttled', async () => {
      const env = still;
      env.emulator.faults.add({ kind: 'quotas', retryAfterSeconds: 1 });
      const get = () => CALLS.GetContactAttributes(env.client, SEED_CONTACT_IDS.chainInitial);
      const results = await Promise.allSettled(Array.from({ length: 17 }, get));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(15);
      const error = await rejectionOf(get());
      expect(error).toBeInstanceOf(ThrottlingException);
      expect(error.$metadata).toMatchObject({ httpStatusCode: 429 });
      // Another operation's bucket is full; DescribeContact has no quota row.
      await expect(CALLS.TagContact(env.client, SEED_CONTACT_IDS.taskConnected)).resolves.toMatchObject({
        $metadata: { httpStatusCode: 200 },
      });
      const describeOnce = () =>
        env.client.send(new DescribeContactCommand({ InstanceId: I, ContactId: SEED_CONTACT_IDS.voiceInbound }));
      await Promise.all(Array.from({ length: 30 }, describeOnce));
    });
  });

  it('the fault CLI (--quotas) and the control API take it', async () => {
    const cli = fileURLToPath(new URL('../src/control/cli.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [
      cli,
      '--url',
      env.emulator.url,
      '--quotas',
      '--operation',
      'StopContact',
    ]);
    expect(stdout).toMatch(/^201 /);
    expect(env.emulator.faults.list()).toEqual([
      expect.objectContaining({ spec: expect.objectContaining({ kind: 'quotas', operation: 'StopContact' }) }),
    ]);
  });
});
