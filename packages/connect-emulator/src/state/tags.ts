// Contact tags: the user's, and the system's `aws:` tags that Connect adds and nobody can change.

/** Connect adds it to every contact ("Set up granular billing" in the Connect admin guide). */
export const SYSTEM_TAG_INSTANCE_ID = 'aws:connect:instanceId';

/**
 * "Amazon Connect services support up to 50 tags per resource … aws: tags don't count against
 * your tags-per-resource limit" (Tagging resources in Amazon Connect). The granular-billing page
 * speaks of 6 user-defined tags per contact, which is TagContact's per-call limit.
 */
export const MAX_USER_TAGS_PER_CONTACT = 50;

export const isSystemTag = (key: string): boolean => key.startsWith('aws:');

export const userTagCount = (tags: Readonly<Record<string, string>> | undefined): number =>
  Object.keys(tags ?? {}).filter((k) => !isSystemTag(k)).length;
