import {
  type DocumentedErrorName,
  SEED_CONTACT_IDS as SEED,
  SEED_DETAILED_CONTACT_ID,
} from '@connect-gateway/connect-emulator';
import { expect } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID } from '../support/fixtures.ts';
import type { Stack } from '../support/stack.ts';

type Variables = Record<string, unknown>;
const key = (contactId: string) => ({ instanceId: INSTANCE_ID, contactId });

/** What a mutation's success must leave in a client's normalised cache, read back from it. */
interface CachedContact {
  /** Which contact changed: the one in the input, or (a transfer) the one the success names. */
  contactId: string | ((success: Record<string, unknown>) => string);
  /** Fields of Contact the mutation selects, read back from the cache alone. */
  select: string;
  /** What they say afterwards (toMatchObject); before the mutation they said something else. */
  expected: Record<string, unknown>;
  /** The mutation creates the contact (startTaskContact): there is nothing to read before it. */
  creates?: true;
}

export interface MutationFixture {
  kind: 'mutation';
  /** `setup` puts the emulator in the state the success needs (a recording in progress) once the store is reset. */
  success: { variables: Variables; cached: CachedContact; setup?: (stack: Stack) => void };
  /** One of the operation's documented errors: Connect's exception, injected once, and its member. */
  error: { variables: Variables; exception: DocumentedErrorName; typename: string };
}

export interface QueryFixture {
  kind: 'query';
  success: { variables: Variables; typename: string };
  error: { variables: Variables; typename: string };
}

export interface SubscriptionFixture {
  kind: 'subscription';
  variables: Variables;
  /** Makes the gateway publish one event the subscription receives. */
  trigger: (stack: Stack) => Promise<void>;
}

export type OperationFixture = MutationFixture | QueryFixture | SubscriptionFixture;

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
/** A day from now, on a whole second: updateContactSchedule accepts up to 6 days ahead. */
const tomorrow = () => new Date(Math.ceil(Date.now() / 1000) * 1000 + 86_400_000).toISOString();
const tomorrowAtStart = tomorrow();
/** The seed's timestamps are of 2025: a LastUpdateTimestamp that is not was written by the mutation. */
const UPDATED_SINCE_SEED = { lastUpdateTimestamp: expect.not.stringMatching(/^2025-/) };
const recordingKey = (contactId: string) => ({ ...key(contactId), initialContactId: contactId });
/** The agent track of a contact in a recording state, as a flow would have left it. */
const recording = (status: 'RECORDING' | 'SUSPENDED') => (stack: Stack) =>
  stack.emulator.store.supervision.recording(INSTANCE_ID, SEED.voiceInbound).set('AGENT', status);
const recordingFixture = (setup?: (stack: Stack) => void, more: Variables = {}): MutationFixture => ({
  kind: 'mutation',
  success: {
    variables: { input: { ...recordingKey(SEED.voiceInbound), ...more } },
    cached: { contactId: SEED.voiceInbound, select: 'lastUpdateTimestamp', expected: UPDATED_SINCE_SEED },
    ...(setup && { setup }),
  },
  error: {
    variables: { input: { ...recordingKey(SEED.voiceInbound), ...more } },
    exception: 'InvalidActiveRegionException',
    typename: 'InvalidActiveRegionError',
  },
});

/**
 * Per operation in operations/ (by operation name): how to run it to a success and to one of its
 * documented errors against the emulator's seeded contacts. every-operation.test.ts fails for an
 * operation without an entry here.
 */
export const OPERATION_FIXTURES: Record<string, OperationFixture> = {
  StartContactRecording: recordingFixture(undefined, {
    voiceRecordingConfiguration: { voiceRecordingTrack: 'ALL' },
  }),
  SuspendContactRecording: recordingFixture(recording('RECORDING')),
  ResumeContactRecording: recordingFixture(recording('SUSPENDED')),
  StopContactRecording: recordingFixture(recording('RECORDING')),
  MonitorContact: {
    kind: 'mutation',
    success: {
      variables: { input: { ...key(SEED.voiceInbound), userId: 'supervisor-0001', clientToken: 'monitor-1' } },
      cached: {
        // The monitored contact is read before; the monitoring contact the success names after.
        contactId: (success) => String(success.contactId),
        select: 'initiationMethod relatedContactId',
        expected: { initiationMethod: 'MONITOR', relatedContactId: SEED.voiceInbound },
      },
    },
    error: {
      variables: { input: { ...key(SEED.voiceInbound), userId: 'supervisor-0001', clientToken: 'monitor-1' } },
      exception: 'ServiceQuotaExceededException',
      typename: 'ServiceQuotaExceededError',
    },
  },
  AssociateContactWithUser: {
    kind: 'mutation',
    success: {
      variables: { input: { ...key(SEED.chainTransferred), userId: 'agent-0042' } },
      cached: { contactId: SEED.chainTransferred, select: 'agent { id }', expected: { agent: { id: 'agent-0042' } } },
    },
    error: {
      variables: { input: { ...key(SEED.chainTransferred), userId: 'agent-0042' } },
      exception: 'AccessDeniedException',
      typename: 'AccessDeniedError',
    },
  },
  DismissUserContact: {
    kind: 'mutation',
    success: {
      variables: { input: { ...key(SEED.chatCompleted), userId: 'agent-0002' } },
      cached: { contactId: SEED.chatCompleted, select: 'lastUpdateTimestamp', expected: UPDATED_SINCE_SEED },
    },
    error: {
      variables: { input: { ...key(SEED.chatCompleted), userId: 'agent-0002' } },
      exception: 'InvalidRequestException',
      typename: 'InvalidRequestError',
    },
  },
  Contact: {
    kind: 'query',
    success: { variables: key(SEED.voiceInbound), typename: 'Contact' },
    error: { variables: key('no-such-contact'), typename: 'ResourceNotFoundError' },
  },
  ContactData: {
    kind: 'query',
    success: { variables: key(SEED.chainTransferred), typename: 'Contact' },
    error: { variables: key('no-such-contact'), typename: 'ResourceNotFoundError' },
  },
  ContactDetails: {
    kind: 'query',
    success: { variables: key(SEED_DETAILED_CONTACT_ID), typename: 'Contact' },
    error: { variables: key('no-such-contact'), typename: 'ResourceNotFoundError' },
  },
  ContactReferences: {
    kind: 'query',
    success: { variables: { ...key(SEED.chatCompleted), types: null }, typename: 'Contact' },
    error: { variables: { ...key('no-such-contact'), types: ['URL'] }, typename: 'ResourceNotFoundError' },
  },
  UpdateContact: {
    kind: 'mutation',
    success: {
      variables: { input: { ...key(SEED.voiceInbound), name: 'Refund approved' } },
      cached: { contactId: SEED.voiceInbound, select: 'name', expected: { name: 'Refund approved' } },
    },
    error: {
      variables: { input: { ...key(SEED.voiceInbound), name: 'x' } },
      exception: 'ConflictException',
      typename: 'ConflictError',
    },
  },
  UpdateContactAttributes: {
    kind: 'mutation',
    success: {
      variables: {
        input: {
          instanceId: INSTANCE_ID,
          initialContactId: SEED.chainInitial,
          attributes: [{ key: 'plan', value: 'gold' }],
        },
      },
      cached: {
        contactId: SEED.chainInitial,
        select: 'attributes { key value }',
        expected: { attributes: expect.arrayContaining([expect.objectContaining({ key: 'plan', value: 'gold' })]) },
      },
    },
    error: {
      variables: {
        input: { instanceId: INSTANCE_ID, initialContactId: 'no-such-contact', attributes: [{ key: 'a', value: 'b' }] },
      },
      exception: 'ResourceNotFoundException',
      typename: 'ResourceNotFoundError',
    },
  },
  TagContact: {
    kind: 'mutation',
    success: {
      variables: { input: { ...key(SEED.voiceInbound), tags: [{ key: 'priority', value: 'high' }] } },
      cached: {
        contactId: SEED.voiceInbound,
        select: 'tags { key value }',
        expected: { tags: expect.arrayContaining([expect.objectContaining({ key: 'priority', value: 'high' })]) },
      },
    },
    error: {
      variables: { input: { ...key(SEED.voiceInbound), tags: [{ key: 'a', value: 'b' }] } },
      exception: 'ThrottlingException',
      typename: 'ThrottlingError',
    },
  },
  UntagContact: {
    kind: 'mutation',
    success: {
      variables: { input: { ...key(SEED.voiceInbound), tagKeys: ['team'] } },
      cached: { contactId: SEED.voiceInbound, select: 'tags { key value }', expected: { tags: [] } },
    },
    error: {
      variables: { input: { ...key(SEED.voiceInbound), tagKeys: ['team'] } },
      exception: 'InternalServiceException',
      typename: 'InternalServiceError',
    },
  },
  UpdateContactRoutingData: {
    kind: 'mutation',
    success: {
      variables: { input: { ...key(SEED.voiceQueued), queuePriority: '7' } },
      cached: { contactId: SEED.voiceQueued, select: 'queuePriority', expected: { queuePriority: '7' } },
    },
    error: {
      variables: { input: { ...key(SEED.voiceQueued), queuePriority: '7' } },
      exception: 'ResourceConflictException',
      typename: 'ResourceConflictError',
    },
  },
  UpdateContactSchedule: {
    kind: 'mutation',
    success: {
      variables: { input: { ...key(SEED.taskScheduled), scheduledTime: tomorrowAtStart } },
      cached: {
        contactId: SEED.taskScheduled,
        select: 'scheduledTimestamp',
        expected: { scheduledTimestamp: tomorrowAtStart },
      },
    },
    error: {
      variables: { input: { ...key(SEED.taskScheduled), scheduledTime: tomorrowAtStart } },
      exception: 'LimitExceededException',
      typename: 'LimitExceededError',
    },
  },
  PauseContact: {
    kind: 'mutation',
    success: {
      variables: { input: key(SEED.taskConnected) },
      cached: {
        contactId: SEED.taskConnected,
        select: 'totalPauseCount lastPausedTimestamp',
        expected: { totalPauseCount: 1, lastPausedTimestamp: expect.stringMatching(ISO) },
      },
    },
    error: { variables: { input: key(SEED.taskConnected) }, exception: 'ConflictException', typename: 'ConflictError' },
  },
  ResumeContact: {
    kind: 'mutation',
    success: {
      variables: { input: key(SEED.taskPaused) },
      cached: {
        contactId: SEED.taskPaused,
        select: 'lastResumedTimestamp',
        expected: { lastResumedTimestamp: expect.stringMatching(ISO) },
      },
    },
    error: { variables: { input: key(SEED.taskPaused) }, exception: 'ConflictException', typename: 'ConflictError' },
  },
  TransferContact: {
    kind: 'mutation',
    success: {
      variables: { input: { ...key(SEED.taskConnected), contactFlowId: 'flow-1', queueId: 'q-support' } },
      cached: {
        contactId: (success) => String(success.contactId),
        select: 'initiationMethod previousContactId initialContactId',
        expected: {
          initiationMethod: 'TRANSFER',
          previousContactId: SEED.taskConnected,
          initialContactId: SEED.taskConnected,
        },
      },
    },
    error: {
      variables: { input: { ...key(SEED.taskConnected), contactFlowId: 'flow-1', queueId: 'q-support' } },
      exception: 'IdempotencyException',
      typename: 'IdempotencyError',
    },
  },
  SearchContacts: {
    kind: 'query',
    success: {
      variables: {
        input: {
          instanceId: INSTANCE_ID,
          timeRange: { type: 'INITIATION_TIMESTAMP', start: '2025-01-01T00:00:00Z', end: '2025-02-01T00:00:00Z' },
        },
        first: 3,
      },
      typename: 'ContactSearchConnection',
    },
    error: {
      variables: {
        input: {
          instanceId: INSTANCE_ID,
          timeRange: { type: 'INITIATION_TIMESTAMP', start: '2025-01-01T00:00:00Z', end: '2025-02-01T00:00:00Z' },
        },
        first: 101,
      },
      typename: 'InvalidParameterError',
    },
  },
  StartTaskContact: {
    kind: 'mutation',
    success: {
      variables: { input: { instanceId: INSTANCE_ID, name: 'Fixture task', contactFlowId: 'flow-1' } },
      cached: {
        creates: true,
        contactId: (success) => String(success.contactId),
        select: 'channel name initiationMethod',
        expected: { channel: 'TASK', name: 'Fixture task', initiationMethod: 'API' },
      },
    },
    error: {
      variables: { input: { instanceId: INSTANCE_ID, name: 'Fixture task', contactFlowId: 'flow-1' } },
      exception: 'ServiceQuotaExceededException',
      typename: 'ServiceQuotaExceededError',
    },
  },
  StopContact: {
    kind: 'mutation',
    success: {
      variables: { input: key(SEED.taskConnected) },
      cached: {
        contactId: SEED.taskConnected,
        select: 'disconnectReason disconnectTimestamp',
        expected: { disconnectReason: 'API', disconnectTimestamp: expect.stringMatching(ISO) },
      },
    },
    error: {
      variables: { input: key(SEED.voiceInbound) },
      exception: 'ContactNotFoundException',
      typename: 'ContactNotFoundError',
    },
  },
  ContactChanged: {
    kind: 'subscription',
    variables: key(SEED.voiceInbound),
    trigger: async (stack) => {
      const { data } = await stack.execute(UpdateContactDocument, {
        input: { ...key(SEED.voiceInbound), name: 'seen' },
      });
      expect(data?.updateContact.__typename).toBe('UpdateContactSuccess');
    },
  },
};
