import type { ContactSearchSummary, Contact as SdkContact } from '@aws-sdk/client-connect';
import type { ContactRecord } from './contact.ts';

/**
 * The Contact fields (paths below a node) SearchContacts' ContactSearchSummary carries, exactly as
 * DescribeContact would answer them. A node whose selection stays within them is served from the
 * summary; any other field reads the contact through the request's loader (one DescribeContact).
 * Segment attributes are left out: the summary carries only string and map values.
 */
export const SUMMARY_PATHS: ReadonlySet<string> = new Set([
  '__typename',
  'instanceId',
  'id',
  'arn',
  'name',
  'channel',
  'initiationMethod',
  'initialContactId',
  'previousContactId',
  'initiationTimestamp',
  'disconnectTimestamp',
  'scheduledTimestamp',
  'queue',
  'queue.__typename',
  'queue.id',
  'queue.enqueueTimestamp',
  'agent',
  'agent.__typename',
  'agent.id',
  'agent.connectedToAgentTimestamp',
]);

/** Whether every selected path is one the summary answers. */
export const servedBySummary = (paths: ReadonlySet<string>): boolean =>
  [...paths].every((path) => SUMMARY_PATHS.has(path));

/** A ContactRecord from a search summary: the members of SUMMARY_PATHS, as DescribeContact names them. */
export function contactFromSummary(instanceId: string, summary: ContactSearchSummary & { Id: string }): ContactRecord {
  const contact: SdkContact = {
    Arn: summary.Arn,
    Id: summary.Id,
    Name: summary.Name,
    Channel: summary.Channel,
    InitiationMethod: summary.InitiationMethod,
    InitialContactId: summary.InitialContactId,
    PreviousContactId: summary.PreviousContactId,
    InitiationTimestamp: summary.InitiationTimestamp,
    DisconnectTimestamp: summary.DisconnectTimestamp,
    ScheduledTimestamp: summary.ScheduledTimestamp,
    QueueInfo: summary.QueueInfo && { Id: summary.QueueInfo.Id, EnqueueTimestamp: summary.QueueInfo.EnqueueTimestamp },
    AgentInfo: summary.AgentInfo && {
      Id: summary.AgentInfo.Id,
      ConnectedToAgentTimestamp: summary.AgentInfo.ConnectedToAgentTimestamp,
    },
  };
  return { instanceId, id: summary.Id, contact };
}
