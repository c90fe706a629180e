import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { resolveQuotas } from '../../src/connect/quotas/quota-table.ts';
// The operations' declarations add their quotas as the schema loads, as in start.ts.
import '../../src/schema/index.ts';
import { startNode } from '../lifecycle/processes.ts';

const load = (env: Record<string, string>) => loadConfig({ NODE_ENV: 'test', ...env });
const plan = (value: string) => resolveQuotas(load({ CONNECT_QUOTAS: value }).quotas);
const problem = (env: Record<string, string>) => {
  try {
    resolveQuotas(load(env).quotas);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
};

describe('CONNECT_QUOTAS', () => {
  it('unset or empty: nothing is budgeted', () => {
    expect(load({}).quotas).toBeUndefined();
    expect(load({ CONNECT_QUOTAS: ' ' }).quotas).toBeUndefined();
    expect(resolveQuotas(undefined)).toBeUndefined();
  });

  it('defaults: the quota each operation declares, one replica, 100 waiting calls per caller', () => {
    const defaults = plan('defaults');
    expect(defaults).toMatchObject({ replicas: 1, queuePerCaller: 100 });
    // Connect's documented defaults, as each operation declares them.
    expect(Object.fromEntries(defaults?.quotas ?? [])).toEqual({
      DescribeContact: { rate: 10, burst: 15 },
      UpdateContact: { rate: 10, burst: 15 },
      UpdateContactAttributes: { rate: 10, burst: 15 },
      StopContact: { rate: 10, burst: 15 },
      TagContact: { rate: 20, burst: 25 },
      UntagContact: { rate: 20, burst: 25 },
      UpdateContactRoutingData: { rate: 20, burst: 25 },
      TransferContact: { rate: 2, burst: 5 },
      UpdateContactSchedule: { rate: 2, burst: 5 },
      PauseContact: { rate: 2, burst: 5 },
      ResumeContact: { rate: 2, burst: 5 },
      // Not listed by name on the quotas page: Connect's default for the other API requests.
      ListContactReferences: { rate: 2, burst: 5 },
      StartContactRecording: { rate: 2, burst: 5 },
      SuspendContactRecording: { rate: 2, burst: 5 },
      ResumeContactRecording: { rate: 2, burst: 5 },
      StopContactRecording: { rate: 2, burst: 5 },
      MonitorContact: { rate: 2, burst: 5 },
      AssociateContactWithUser: { rate: 2, burst: 5 },
      DismissUserContact: { rate: 2, burst: 5 },
      GetContactMetrics: { rate: 2, burst: 5 },
      StartTaskContact: { rate: 2, burst: 5 },
      SearchContacts: { rate: 0.5, burst: 1 },
    });
  });

  it('Op=rate/burst,... raises the named operations and keeps the defaults of the rest', () => {
    const raised = plan('UpdateContact=50/75, DescribeContact=12.5/20');
    expect(raised?.quotas.get('UpdateContact')).toEqual({ rate: 50, burst: 75 });
    expect(raised?.quotas.get('DescribeContact')).toEqual({ rate: 12.5, burst: 20 });
    expect(plan('UpdateContact=50/75')?.quotas.get('DescribeContact')).toEqual({ rate: 10, burst: 15 });
  });

  it.each([
    [
      'UpdateContact=fast/15',
      /CONNECT_QUOTAS must be "defaults" or Operation=rate\/burst,\.\.\. \(got "UpdateContact=fast\/15"\)/,
    ],
    ['UpdateContact=10', /CONNECT_QUOTAS must be "defaults" or Operation=rate\/burst/],
    ['UpdateContact=0/15', /CONNECT_QUOTAS UpdateContact=0\/15: rate must be above 0 and burst at least 2/],
    ['UpdateContact=10/1', /CONNECT_QUOTAS UpdateContact=10\/1: rate must be above 0 and burst at least 2/],
    ['UpdateContact=10/15,UpdateContact=20/25', /CONNECT_QUOTAS names UpdateContact twice/],
    [
      'UpdateContact=10/15,TransferContat=2/5',
      /CONNECT_QUOTAS names TransferContat, which the gateway does not call \(it calls [A-Za-z, ]*TransferContact[A-Za-z, ]*\)$/,
    ],
  ])('%s is refused in one line naming the variable', (value, message) => {
    const text = problem({ CONNECT_QUOTAS: value });
    expect(text).toMatch(/^invalid configuration: CONNECT_QUOTAS /);
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toMatch(message);
  });

  it('CONNECT_QUOTA_REPLICAS and CONNECT_QUOTA_QUEUE_PER_CALLER are whole numbers of at least 1', () => {
    expect(plan('defaults')).toMatchObject({ replicas: 1, queuePerCaller: 100 });
    expect(
      resolveQuotas(
        load({ CONNECT_QUOTAS: 'defaults', CONNECT_QUOTA_REPLICAS: '3', CONNECT_QUOTA_QUEUE_PER_CALLER: '20' }).quotas,
      ),
    ).toMatchObject({
      replicas: 3,
      queuePerCaller: 20,
    });
    for (const bad of ['0', 'two', '1.5']) {
      expect(problem({ CONNECT_QUOTA_REPLICAS: bad })).toMatch(/^invalid configuration: CONNECT_QUOTA_REPLICAS /);
      expect(problem({ CONNECT_QUOTA_QUEUE_PER_CALLER: bad })).toMatch(
        /^invalid configuration: CONNECT_QUOTA_QUEUE_PER_CALLER /,
      );
    }
  });

  it("refuses the SDK's adaptive retry mode beside it, whose own client-wide delays the budget cannot see", () => {
    expect(problem({ CONNECT_QUOTAS: 'defaults', AWS_RETRY_MODE: 'adaptive' })).toMatch(
      /^invalid configuration: AWS_RETRY_MODE=adaptive cannot be combined with CONNECT_QUOTAS/,
    );
    expect(load({ CONNECT_QUOTAS: 'defaults', AWS_RETRY_MODE: 'standard' }).quotas).toMatchObject({
      replicas: 1,
      queuePerCaller: 100,
    });
    expect(load({ AWS_RETRY_MODE: 'adaptive' }).quotas).toBeUndefined();
  });

  it('stops node src/main.ts before it starts anything, in one line on stderr', async () => {
    const gateway = startNode(['src/main.ts'], {
      NODE_ENV: 'test',
      PORT: '0',
      METRICS_PORT: '0',
      CONNECT_QUOTAS: 'UpdateContact=10/15,Nope=1/2',
    });
    expect(await gateway.exited).toBe(1);
    expect(gateway.stderr().trim()).toBe(
      'invalid configuration: CONNECT_QUOTAS names Nope, which the gateway does not call (it calls AssociateContactWithUser, DescribeContact, DismissUserContact, GetContactMetrics, ListContactReferences, MonitorContact, PauseContact, ResumeContact, ResumeContactRecording, SearchContacts, StartContactRecording, StartTaskContact, StopContact, StopContactRecording, SuspendContactRecording, TagContact, TransferContact, UntagContact, UpdateContact, UpdateContactAttributes, UpdateContactRoutingData, UpdateContactSchedule)',
    );
    expect(gateway.lines).toEqual([]);
  });
});
