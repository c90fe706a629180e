import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  PauseContactDocument,
  ResumeContactDocument,
  StopContactDocument,
  UpdateContactRoutingDataDocument,
} from '../../operations/generated/graphql.ts';
import { key, SEED } from '../mutations/support/seed.ts';
import { type Stack, startStack } from '../support/stack.ts';
import { composeSupergraph, type Router, startRouter } from './support/supergraph.ts';
import { startTicketSubgraph, type TicketSubgraph } from './support/ticket-subgraph.ts';

// The Contact fields the routing and task-control mutations change, read by a supergraph through
// `_entities` after the mutations went through our gateway.

const LARGEST_LONG = '9223372036854775807';
const PAUSED_AT = '2026-03-02T10:00:00.000Z';
const RESUMED_AT = '2026-03-02T10:02:05.000Z';
const STOPPED_AT = '2026-03-02T10:05:00.000Z';

let stack: Stack;
let tickets: TicketSubgraph;
let router: Router;

beforeAll(async () => {
  stack = await startStack();
  tickets = await startTicketSubgraph([
    { id: 'T-queued', title: 'Urgent', ...key(SEED.voiceQueued) },
    { id: 'T-task', title: 'Refund', ...key(SEED.taskConnected) },
    { id: 'T-scheduled', title: 'Callback', ...key(SEED.taskScheduled) },
  ]);
  const composed = composeSupergraph({ contacts: stack.url, tickets: tickets.url });
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  router = await startRouter(composed.supergraphSdl);

  const ok = async (answer: Promise<{ data?: unknown; errors?: unknown }>) =>
    expect((await answer).errors).toBeUndefined();
  await ok(
    stack.execute(UpdateContactRoutingDataDocument, {
      input: { ...key(SEED.voiceQueued), queuePriority: LARGEST_LONG },
    }),
  );
  await ok(
    stack.execute(UpdateContactRoutingDataDocument, {
      input: { ...key(SEED.voiceQueued), queueTimeAdjustmentSeconds: -30 },
    }),
  );
  // The emulator's clock, frozen at each step, so pause length and timestamps are exact.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(PAUSED_AT) });
  try {
    await ok(stack.execute(PauseContactDocument, { input: key(SEED.taskConnected) }));
    vi.setSystemTime(new Date(RESUMED_AT));
    await ok(stack.execute(ResumeContactDocument, { input: key(SEED.taskConnected) }));
    vi.setSystemTime(new Date(STOPPED_AT));
    await ok(stack.execute(StopContactDocument, { input: key(SEED.taskConnected) }));
  } finally {
    vi.useRealTimers();
  }
});
afterAll(async () => {
  await router?.close();
  await tickets?.close();
  await stack?.close();
});

describe('a supergraph reads the routing and task-control fields of Contact', () => {
  it('through `_entities`, exact to the digit and to the second', async () => {
    stack.emulator.resetCalls();
    const { data, errors } = await router.post(`{ tickets { id contact {
      id queuePriority queueTimeAdjustmentSeconds scheduledTimestamp totalPauseCount totalPauseDurationInSeconds
      lastPausedTimestamp lastResumedTimestamp disconnectTimestamp } } }`);
    expect(errors).toBeUndefined();
    const none = { queueTimeAdjustmentSeconds: null, totalPauseCount: null, totalPauseDurationInSeconds: null };
    expect(data).toEqual({
      tickets: [
        {
          id: 'T-queued',
          contact: {
            ...none,
            id: SEED.voiceQueued,
            queuePriority: LARGEST_LONG,
            queueTimeAdjustmentSeconds: -30,
            scheduledTimestamp: null,
            lastPausedTimestamp: null,
            lastResumedTimestamp: null,
            disconnectTimestamp: null,
          },
        },
        {
          id: 'T-task',
          contact: {
            ...none,
            id: SEED.taskConnected,
            queuePriority: null,
            scheduledTimestamp: null,
            totalPauseCount: 1,
            totalPauseDurationInSeconds: 125,
            lastPausedTimestamp: PAUSED_AT,
            lastResumedTimestamp: RESUMED_AT,
            disconnectTimestamp: STOPPED_AT,
          },
        },
        {
          id: 'T-scheduled',
          contact: {
            ...none,
            id: SEED.taskScheduled,
            queuePriority: null,
            scheduledTimestamp: '2025-01-20T09:00:00.000Z',
            lastPausedTimestamp: null,
            lastResumedTimestamp: null,
            disconnectTimestamp: null,
          },
        },
      ],
    });
    // One `_entities` batch: one DescribeContact per contact.
    expect(stack.emulator.callLog.counts.DescribeContact).toBe(3);
  });
});
