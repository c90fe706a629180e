import { SEED_DETAILED_CONTACT_ID } from '@connect-gateway/connect-emulator';
import { describe, expect, it } from 'vitest';
import { ContactDetailsDocument } from '../../operations/generated/graphql.ts';
import { INSTANCE_ID } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

// DescribeContact's details beyond the basics, from one DescribeContact through the real SDK and
// the emulator's detailed seed contact (state/seed-details.ts) or contacts given those members.

const stack = useStack();

async function details(contactId: string) {
  stack.emulator.resetCalls();
  const { data, errors } = await stack.execute(ContactDetailsDocument, { instanceId: INSTANCE_ID, contactId });
  expect(errors).toBeUndefined();
  const contact = data?.contact;
  if (contact?.__typename !== 'Contact') throw new Error(`expected a Contact, got ${JSON.stringify(contact)}`);
  // Every detail comes from the contact's one DescribeContact answer.
  expect(stack.connectCalls().map((c) => c.operation)).toEqual(['DescribeContact']);
  return contact;
}

describe('Contact details', () => {
  it('shows the recordings, the agent hierarchy, transitions, devices, quality and evaluations', async () => {
    const contact = await details(SEED_DETAILED_CONTACT_ID);
    expect(contact.recordings).toEqual([
      {
        status: 'AVAILABLE',
        deletionReason: null,
        storageType: 'S3',
        location: `connect-recordings/2025/01/16/${SEED_DETAILED_CONTACT_ID}.wav`,
        mediaStreamType: 'AUDIO',
        participantType: 'ALL',
        fragmentStartNumber: null,
        fragmentStopNumber: null,
        startTimestamp: '2025-01-16T09:01:00.000Z',
        stopTimestamp: '2025-01-16T09:12:00.000Z',
        unprocessedTranscriptLocation: null,
      },
    ]);
    expect(contact.agent).toMatchObject({
      agentInitiatedHoldDurationInSeconds: 45,
      hierarchyGroups: {
        level1: { arn: expect.stringMatching(/agent-group\/region-emea$/) },
        level2: { arn: expect.stringMatching(/agent-group\/team-cards$/) },
        level3: null,
      },
      deviceInfo: { platformName: 'Chrome', platformVersion: '131', operatingSystem: 'Windows' },
      capabilities: { video: 'SEND', screenShare: null },
      stateTransitions: [
        {
          state: 'CONNECTED',
          stateStartTimestamp: '2025-01-16T09:01:00.000Z',
          stateEndTimestamp: '2025-01-16T09:12:00.000Z',
        },
        { state: 'DISCONNECTED', stateStartTimestamp: '2025-01-16T09:12:00.000Z', stateEndTimestamp: null },
      ],
    });
    expect(contact.customer).toEqual({
      deviceInfo: { platformName: 'Safari', platformVersion: '18', operatingSystem: 'iOS' },
      capabilities: { video: 'SEND', screenShare: 'SEND' },
    });
    expect(contact.disconnectDetails).toEqual({ potentialDisconnectIssue: 'AGENT_NETWORK_ISSUE' });
    expect(contact.qualityMetrics).toEqual({
      agent: { audio: { qualityScore: 4.5, potentialQualityIssues: [] } },
      customer: { audio: { qualityScore: 2.5, potentialQualityIssues: ['HighPacketLoss'] } },
    });
    expect(contact.globalResiliencyMetadata).toEqual({
      activeRegion: 'us-east-1',
      originRegion: 'us-east-1',
      trafficDistributionGroupId: null,
    });
    expect(contact.contactEvaluations).toEqual([
      expect.objectContaining({ evaluationId: 'eval-0001', formId: 'form-quality-01', status: 'COMPLETE' }),
    ]);
    expect(contact.nextContacts).toEqual([]);
    expect(contact.chatMetrics).toBeNull();
  });

  it('shows chat metrics (milliseconds as Long), email recipients, campaign and next contacts', async () => {
    const contactId = 'detailed-chat';
    stack.emulator.store.addContact({
      instanceId: INSTANCE_ID,
      contactId,
      contact: {
        Channel: 'CHAT',
        ContactAssociationId: 'thread-1',
        ChatMetrics: {
          ChatContactMetrics: { MultiParty: false, TotalMessages: 12, AgentFirstResponseTimeInMillis: 4_500 },
          AgentMetrics: { ParticipantType: 'AGENT', MessagesSent: 5, MaxResponseTimeInMillis: 30_000 },
        },
        CustomerVoiceActivity: { GreetingStartTimestamp: new Date('2025-01-16T09:00:05.000Z') },
        Campaign: { CampaignId: 'campaign-1' },
        ContactDetails: { Name: 'Re: invoice', Description: 'Follow-up' },
        AdditionalEmailRecipients: { ToList: [{ Address: 'b@example.com', DisplayName: 'B' }] },
        NextContacts: [
          {
            Type: 'QUICK_CONNECT',
            NextContactMetadata: {
              QuickConnectContactData: { ContactId: 'next-1', QuickConnectName: 'Billing', QuickConnectType: 'QUEUE' },
            },
          },
        ],
      },
    });
    const contact = await details(contactId);
    expect(contact.contactAssociationId).toBe('thread-1');
    expect(contact.chatMetrics?.chatContactMetrics).toMatchObject({
      multiParty: false,
      totalMessages: 12,
      agentFirstResponseTimeInMillis: '4500',
      conversationCloseTimeInMillis: null,
    });
    expect(contact.chatMetrics?.agentMetrics).toMatchObject({
      participantType: 'AGENT',
      maxResponseTimeInMillis: '30000',
    });
    expect(contact.chatMetrics?.customerMetrics).toBeNull();
    expect(contact.customerVoiceActivity).toEqual({
      greetingStartTimestamp: '2025-01-16T09:00:05.000Z',
      greetingEndTimestamp: null,
    });
    expect(contact.campaign).toEqual({ campaignId: 'campaign-1' });
    expect(contact.contactDetails).toEqual({ name: 'Re: invoice', description: 'Follow-up' });
    expect(contact.additionalEmailRecipients).toEqual({
      toList: [{ address: 'b@example.com', displayName: 'B' }],
      ccList: [],
    });
    expect(contact.nextContacts).toEqual([
      {
        type: 'QUICK_CONNECT',
        quickConnect: {
          contactId: 'next-1',
          initiationTimestamp: null,
          quickConnectId: null,
          quickConnectName: 'Billing',
          quickConnectType: 'QUEUE',
        },
      },
    ]);
    expect(contact.recordings).toEqual([]);
    expect(contact.contactEvaluations).toEqual([]);
  });
});
