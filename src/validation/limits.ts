/** The ids that name a contact, as every Connect contact operation limits them, in Unicode code points. */
export const CONTACT_KEY_LIMITS = {
  instanceId: { min: 1, max: 100 },
  contactId: { min: 1, max: 256 },
} as const;
