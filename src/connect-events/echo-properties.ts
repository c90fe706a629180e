import type { ChangedField } from '../subscriptions/contact-change.ts';

/**
 * The name Connect gives, in a CONTACT_DATA_UPDATED event's `updatedProperties`, to what each
 * mutation input field changes. Connect documents UserDefinedAttributes, Tags, ScheduledTimestamp,
 * SegmentAttributes and RoutingCriteria; UpdateContact's other members go by their own names, as the
 * emulator sends them. Fields not listed (queue priority, time adjustment) send no such event.
 */
const CONNECT_PROPERTY: Readonly<Record<string, string>> = {
  name: 'Name',
  description: 'Description',
  references: 'References',
  segmentAttributes: 'SegmentAttributes',
  attributes: 'UserDefinedAttributes',
  tags: 'Tags',
  tagKeys: 'Tags',
  scheduledTime: 'ScheduledTimestamp',
  routingCriteria: 'RoutingCriteria',
};

/** The Connect properties a mutation's event fields change, each once. */
export function connectPropertiesOf(changes: readonly ChangedField[]): string[] {
  return [...new Set(changes.flatMap(({ field }) => CONNECT_PROPERTY[field] ?? []))];
}
