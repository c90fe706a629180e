import { z } from 'zod';
import { contactKeySchema } from '../../validation/contact-key.ts';
import { fromModel, modelEntryCount, modelEnum, modelLength, modelRange } from '../../validation/model-constraints.ts';
import { builder } from '../builder.ts';
import { instanceIdInput } from '../operations/contact-key-inputs.ts';
import { Channel, ContactInitiationMethod } from './contact-enums.ts';

// SearchContacts' input: the time range, the search criteria and the sort, every limit from the model.

const OP = 'SearchContacts';
const length = (path: string) => modelLength(OP, path);
/** What each model value means, for the API reference; the values themselves come from the model. */
const VALUE_TEXT: Record<string, string> = {
  INITIATION_TIMESTAMP: 'When the contact was initiated.',
  SCHEDULED_TIMESTAMP: 'When a scheduled task is due.',
  CONNECTED_TO_AGENT_TIMESTAMP: 'When the contact was connected to an agent.',
  DISCONNECT_TIMESTAMP: 'When the contact ended.',
  ENQUEUE_TIMESTAMP: 'When the contact was put in a queue.',
  INITIATION_METHOD: 'How the contact was initiated.',
  CHANNEL: 'The channel.',
  EXPIRY_TIMESTAMP: 'When the contact expires.',
  MATCH_ALL: 'Every criterion matches.',
  MATCH_ANY: 'At least one criterion matches.',
  MATCH_EXACT: 'The criteria match exactly.',
  MATCH_NONE: 'No criterion matches.',
  ASCENDING: 'Smallest or earliest first.',
  AGENT: 'What the agent said.',
  CUSTOMER: 'What the customer said.',
  SYSTEM: 'What the system said, e.g. prompts.',
  CUSTOM_BOT: 'What a custom bot said.',
  SUPERVISOR: 'What a supervisor said.',
  DESCENDING: 'Largest or latest first.',
};

const enumOf = (name: string, path: string, description: string) =>
  builder.enumType(name, {
    description,
    values: Object.fromEntries(
      modelEnum(OP, path).map((value) => [value, { value, description: VALUE_TEXT[value] ?? `Connect's ${value}.` }]),
    ),
  });

export const SEARCH_LIMITS = {
  maxResults: modelRange(OP, 'MaxResults'),
  agentIds: length('SearchCriteria.AgentIds'),
  agentId: length('SearchCriteria.AgentIds.member'),
  queueIds: length('SearchCriteria.QueueIds'),
  attributeCriteria: length('SearchCriteria.SearchableContactAttributes.Criteria'),
  attributeKey: length('SearchCriteria.SearchableContactAttributes.Criteria.member.Key'),
  attributeValues: length('SearchCriteria.SearchableContactAttributes.Criteria.member.Values'),
  attributeValue: length('SearchCriteria.SearchableContactAttributes.Criteria.member.Values.member'),
  segmentCriteria: length('SearchCriteria.SearchableSegmentAttributes.Criteria'),
  segmentKey: length('SearchCriteria.SearchableSegmentAttributes.Criteria.member.Key'),
  segmentValues: length('SearchCriteria.SearchableSegmentAttributes.Criteria.member.Values'),
  segmentValue: length('SearchCriteria.SearchableSegmentAttributes.Criteria.member.Values.member'),
  transcriptCriteria: length('SearchCriteria.ContactAnalysis.Transcript.Criteria'),
  searchTexts: length('SearchCriteria.ContactAnalysis.Transcript.Criteria.member.SearchText'),
  searchText: length('SearchCriteria.ContactAnalysis.Transcript.Criteria.member.SearchText.member'),
} as const;
const L = SEARCH_LIMITS;

const TimeRangeType = enumOf(
  'SearchContactsTimeRangeType',
  'TimeRange.Type',
  'Which timestamp of a contact the time range applies to.',
);
const MatchType = enumOf(
  'SearchContactsMatchType',
  'SearchCriteria.SearchableContactAttributes.MatchType',
  'How the criteria combine: every one (MATCH_ALL) or any one (MATCH_ANY) must match.',
);
const SortField = enumOf('SearchContactsSortField', 'Sort.FieldName', 'What the contacts are sorted by.');
const SortOrder = enumOf('SearchContactsSortOrder', 'Sort.Order', 'Ascending or descending.');

const TimeRangeInput = builder.inputType('SearchContactsTimeRangeInput', {
  description: 'The contacts whose timestamp of `type` lies from `start` to `end`.',
  fields: (t) => ({
    type: t.field({ type: TimeRangeType, required: true, description: 'Which timestamp the range applies to.' }),
    start: t.field({ type: 'DateTime', required: true, description: 'The start of the range.' }),
    end: t.field({ type: 'DateTime', required: true, description: 'The end of the range.' }),
  }),
});

const AttributeCriterionInput = builder.inputType('SearchableContactAttributeInput', {
  description: 'A user-defined contact attribute and the values it may have.',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: `The attribute key (${L.attributeKey.min} to ${L.attributeKey.max} characters); Connect searches only attributes the instance marks searchable.`,
    }),
    values: t.stringList({
      required: true,
      description: `The values it may have (${L.attributeValues.min} to ${L.attributeValues.max}, each ${L.attributeValue.min} to ${L.attributeValue.max} characters).`,
    }),
  }),
});

const AttributesSearchInput = builder.inputType('SearchableContactAttributesInput', {
  description: 'Contacts by their user-defined attributes.',
  fields: (t) => ({
    criteria: t.field({
      type: [AttributeCriterionInput],
      required: true,
      description: `The attributes (${L.attributeCriteria.min} to ${L.attributeCriteria.max}).`,
    }),
    matchType: t.field({ type: MatchType, description: 'How the criteria combine; Connect defaults to MATCH_ALL.' }),
  }),
});

const SegmentCriterionInput = builder.inputType('SearchableSegmentAttributeInput', {
  description: 'A segment attribute and the string values it may have.',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: `The segment attribute key (${L.segmentKey.min} to ${L.segmentKey.max} characters).`,
    }),
    values: t.stringList({
      required: true,
      description: `The values it may have (${L.segmentValues.min} to ${L.segmentValues.max}, each ${L.segmentValue.min} to ${L.segmentValue.max} characters).`,
    }),
  }),
});

const SegmentsSearchInput = builder.inputType('SearchableSegmentAttributesInput', {
  description: 'Contacts by their segment attributes.',
  fields: (t) => ({
    criteria: t.field({
      type: [SegmentCriterionInput],
      required: true,
      description: `The segment attributes (${L.segmentCriteria.min} to ${L.segmentCriteria.max}).`,
    }),
    matchType: t.field({ type: MatchType, description: 'How the criteria combine; Connect defaults to MATCH_ALL.' }),
  }),
});

const ParticipantRole = enumOf(
  'SearchContactsParticipantRole',
  'SearchCriteria.ContactAnalysis.Transcript.Criteria.member.ParticipantRole',
  'Whose words in the transcript a criterion searches.',
);

const TranscriptCriterionInput = builder.inputType('SearchContactsTranscriptCriterionInput', {
  description: "Words one participant said, in Contact Lens' transcript of the contact.",
  fields: (t) => ({
    participantRole: t.field({ type: ParticipantRole, required: true, description: 'Whose words.' }),
    searchText: t.stringList({
      required: true,
      description: `The words (${L.searchTexts.min} to ${L.searchTexts.max}, each at most ${L.searchText.max} characters).`,
    }),
    matchType: t.field({ type: MatchType, required: true, description: 'How the words combine.' }),
  }),
});

const TranscriptInput = builder.inputType('SearchContactsTranscriptInput', {
  description: 'Contacts by what was said in them (Contact Lens conversational analytics).',
  fields: (t) => ({
    criteria: t.field({
      type: [TranscriptCriterionInput],
      required: true,
      description: `The criteria (${L.transcriptCriteria.min} to ${L.transcriptCriteria.max}).`,
    }),
    matchType: t.field({ type: MatchType, description: 'How the criteria combine.' }),
  }),
});

const ContactAnalysisInput = builder.inputType('SearchContactsContactAnalysisInput', {
  description: "Contacts by Contact Lens' analysis of them.",
  fields: (t) => ({
    transcript: t.field({ type: TranscriptInput, description: 'By the words of the transcript.' }),
  }),
});

const CriteriaInput = builder.inputType('SearchContactsCriteriaInput', {
  description: 'What the contacts found must match; every given member must match.',
  fields: (t) => ({
    channels: t.field({ type: [Channel], description: 'Any of these channels.' }),
    agentIds: t.idList({
      description: `Handled by any of these agents (${L.agentIds.min} to ${L.agentIds.max} user ids, each ${L.agentId.min} to ${L.agentId.max} characters).`,
    }),
    queueIds: t.idList({ description: `In any of these queues (${L.queueIds.min} to ${L.queueIds.max} queue ids).` }),
    initiationMethods: t.field({ type: [ContactInitiationMethod], description: 'Initiated in any of these ways.' }),
    contactAnalysis: t.field({ type: ContactAnalysisInput, description: "By Contact Lens' analysis." }),
    searchableContactAttributes: t.field({ type: AttributesSearchInput, description: 'By user-defined attributes.' }),
    searchableSegmentAttributes: t.field({ type: SegmentsSearchInput, description: 'By segment attributes.' }),
  }),
});

const SortInput = builder.inputType('SearchContactsSortInput', {
  description: 'How the contacts are sorted.',
  fields: (t) => ({
    fieldName: t.field({ type: SortField, required: true, description: 'The field to sort by.' }),
    order: t.field({ type: SortOrder, required: true, description: 'The direction.' }),
  }),
});

export const SearchContactsInput = builder.inputType('SearchContactsInput', {
  description:
    'Which contacts to find: an instance, a time range, and optionally criteria and a sort. Every violated limit is reported at once as an InvalidParameterError, and nothing is sent to Connect.',
  fields: (t) => ({
    instanceId: instanceIdInput(t),
    timeRange: t.field({ type: TimeRangeInput, required: true, description: 'The time range the contacts lie in.' }),
    searchCriteria: t.field({ type: CriteriaInput, description: 'What the contacts must match besides the time.' }),
    sort: t.field({ type: SortInput, description: "The order of the results; omitted: Connect's." }),
  }),
});

const withCount = <T extends z.ZodType<unknown[]>>(list: T, path: string, noun: string) =>
  list.superRefine(modelEntryCount(OP, path, noun));

const criterion = (base: string) =>
  z.object({
    key: fromModel(OP, `${base}.member.Key`),
    values: withCount(z.array(fromModel(OP, `${base}.member.Values.member`)), `${base}.member.Values`, 'values'),
  });

const transcriptBase = 'SearchCriteria.ContactAnalysis.Transcript.Criteria';
const transcriptSchema = z
  .object({
    criteria: withCount(
      z.array(
        z
          .object({
            searchText: withCount(
              z.array(fromModel(OP, `${transcriptBase}.member.SearchText.member`)),
              `${transcriptBase}.member.SearchText`,
              'search texts',
            ),
          })
          .loose(),
      ),
      transcriptBase,
      'criteria',
    ),
  })
  .loose();

const attributesBase = 'SearchCriteria.SearchableContactAttributes.Criteria';
const segmentsBase = 'SearchCriteria.SearchableSegmentAttributes.Criteria';

/** SearchContacts' documented constraints on the arguments, all reported at once. */
export const searchContactsConstraints = z.object({
  input: z
    .object({
      instanceId: contactKeySchema.shape.instanceId,
      timeRange: z
        .object({ start: z.date(), end: z.date() })
        .loose()
        .superRefine(({ start, end }, ctx) => {
          if (end < start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'must not be before start' });
        }),
      searchCriteria: z
        .object({
          agentIds: withCount(
            z.array(fromModel(OP, 'SearchCriteria.AgentIds.member')),
            'SearchCriteria.AgentIds',
            'agent ids',
          ).nullish(),
          queueIds: withCount(
            z.array(fromModel(OP, 'SearchCriteria.QueueIds.member')),
            'SearchCriteria.QueueIds',
            'queue ids',
          ).nullish(),
          contactAnalysis: z.object({ transcript: transcriptSchema.nullish() }).loose().nullish(),
          searchableContactAttributes: z
            .object({
              criteria: withCount(z.array(criterion(attributesBase)), attributesBase, 'criteria'),
            })
            .loose()
            .nullish(),
          searchableSegmentAttributes: z
            .object({
              criteria: withCount(z.array(criterion(segmentsBase)), segmentsBase, 'criteria'),
            })
            .loose()
            .nullish(),
        })
        .loose()
        .nullish(),
    })
    .loose(),
  first: z
    .number()
    .int()
    .min(Number(L.maxResults.min ?? 1))
    .max(Number(L.maxResults.max ?? 100))
    .nullish(),
  after: z.string().nullish(),
});
