/** UpdateContact's documented limits, in Unicode code points. */
export const UPDATE_CONTACT_LIMITS = {
  instanceId: { min: 1, max: 100 },
  contactId: { min: 1, max: 256 },
  name: { min: 0, max: 512 },
  description: { min: 0, max: 4096 },
  referenceKey: { min: 1, max: 4096 },
  referenceValue: { min: 0, max: 4096 },
} as const;
