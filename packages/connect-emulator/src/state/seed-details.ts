import type { NewContact } from './types.ts';

// A seeded contact that carries what DescribeContact answers beyond the basics (recordings, agent
// hierarchy and state transitions, device and quality details, disconnect details) and references
// of several types, so that GraphiQL and the gateway's tests have them to show.

/** VOICE, INBOUND, ended, with every detail a desktop or supervisor reads. */
export const SEED_DETAILED_CONTACT_ID = 'c0ffee00-0000-4000-8000-000000000020';

const at = (iso: string): Date => new Date(iso);

/** The detailed seed contacts of the seed instance `instanceId`. */
export const detailedSeedContacts = (instanceId: string): NewContact[] => {
  const ARN = `arn:aws:connect:us-east-1:123456789012:instance/${instanceId}`;
  return [
    {
      instanceId,
      contactId: SEED_DETAILED_CONTACT_ID,
      state: 'ended',
      references: {
        crm: { Type: 'URL', Value: 'https://crm.example.com/cases/4711' },
        caseNumber: { Type: 'STRING', Value: 'CASE-4711' },
        receipt: { Type: 'ATTACHMENT', Value: 'receipt.pdf', Status: 'APPROVED', Arn: `${ARN}/file/receipt-0001` },
      },
      contact: {
        Channel: 'VOICE',
        InitiationMethod: 'INBOUND',
        Name: 'Card replacement',
        InitiationTimestamp: at('2025-01-16T09:00:00.000Z'),
        ConnectedToSystemTimestamp: at('2025-01-16T09:00:01.000Z'),
        DisconnectTimestamp: at('2025-01-16T09:12:00.000Z'),
        LastUpdateTimestamp: at('2025-01-16T09:12:00.000Z'),
        DisconnectReason: 'AGENT_DISCONNECT',
        QueueInfo: { Id: 'q-cards-0006', EnqueueTimestamp: at('2025-01-16T09:00:10.000Z') },
        CustomerEndpoint: { Type: 'TELEPHONE_NUMBER', Address: '+15555550123' },
        SystemEndpoint: { Type: 'TELEPHONE_NUMBER', Address: '+15555550199' },
        AgentInfo: {
          Id: 'agent-0006',
          ConnectedToAgentTimestamp: at('2025-01-16T09:01:00.000Z'),
          AgentInitiatedHoldDuration: 45,
          HierarchyGroups: {
            Level1: { Arn: `${ARN}/agent-group/region-emea` },
            Level2: { Arn: `${ARN}/agent-group/team-cards` },
          },
          DeviceInfo: { PlatformName: 'Chrome', PlatformVersion: '131', OperatingSystem: 'Windows' },
          Capabilities: { Video: 'SEND' },
          StateTransitions: [
            {
              State: 'CONNECTED',
              StateStartTimestamp: at('2025-01-16T09:01:00.000Z'),
              StateEndTimestamp: at('2025-01-16T09:12:00.000Z'),
            },
            { State: 'DISCONNECTED', StateStartTimestamp: at('2025-01-16T09:12:00.000Z') },
          ],
        },
        Customer: {
          DeviceInfo: { PlatformName: 'Safari', PlatformVersion: '18', OperatingSystem: 'iOS' },
          Capabilities: { Video: 'SEND', ScreenShare: 'SEND' },
        },
        DisconnectDetails: { PotentialDisconnectIssue: 'AGENT_NETWORK_ISSUE' },
        Recordings: [
          {
            StorageType: 'S3',
            Location: 'connect-recordings/2025/01/16/c0ffee00-0000-4000-8000-000000000020.wav',
            MediaStreamType: 'AUDIO',
            ParticipantType: 'ALL',
            StartTimestamp: at('2025-01-16T09:01:00.000Z'),
            StopTimestamp: at('2025-01-16T09:12:00.000Z'),
            Status: 'AVAILABLE',
          },
        ],
        QualityMetrics: {
          Agent: { Audio: { QualityScore: 4.5, PotentialQualityIssues: [] } },
          Customer: { Audio: { QualityScore: 2.5, PotentialQualityIssues: ['HighPacketLoss'] } },
        },
        GlobalResiliencyMetadata: { ActiveRegion: 'us-east-1', OriginRegion: 'us-east-1' },
        ContactEvaluations: {
          'eval-0001': {
            FormId: 'form-quality-01',
            EvaluationArn: `${ARN}/contact-evaluation/eval-0001`,
            Status: 'COMPLETE',
            StartTimestamp: at('2025-01-16T10:00:00.000Z'),
            EndTimestamp: at('2025-01-16T10:15:00.000Z'),
          },
        },
      },
    },
  ];
};
