import { keyMap } from './key-map.ts';

// User-defined contact attributes belong to a contact chain, keyed by the chain's initial contact
// id: "any updates to user-defined task contact attributes on any contact linked through the same
// PreviousContactId will affect every contact in the chain" (StartTaskContact's documentation).

import { DOCUMENTED_RULES, modelMember } from '@connect-gateway/connect-model';

/**
 * UpdateContactAttributes' limits: key and value lengths in code points (the model: 1..32767,
 * 0..32767); keys and values together in UTF-8 bytes (documented: 32,768).
 */
export const ATTRIBUTE_LIMITS = {
  keyMax: Number(modelMember('UpdateContactAttributes', 'Attributes.key').constraints.max),
  valueMax: Number(modelMember('UpdateContactAttributes', 'Attributes.value').constraints.max),
  totalBytes: DOCUMENTED_RULES.attributesTotalBytes.maxUtf8Bytes,
} as const;

export interface ChainAttributes {
  /** The attributes of the chain that starts at `initialContactId`; empty when none were set. */
  get(instanceId: string, initialContactId: string): Readonly<Record<string, string>>;
  /** Merges as UpdateContactAttributes does: keys sent replace their values, keys not sent stay. */
  merge(instanceId: string, initialContactId: string, attributes: Readonly<Record<string, string>>): void;
  clear(): void;
}

const NONE: Readonly<Record<string, string>> = Object.freeze(keyMap<string>());

export function createChainAttributes(): ChainAttributes {
  const key = (instanceId: string, initialContactId: string) => JSON.stringify([instanceId, initialContactId]);
  const chains = new Map<string, Record<string, string>>();
  return {
    get: (instanceId, initialContactId) => chains.get(key(instanceId, initialContactId)) ?? NONE,
    merge(instanceId, initialContactId, attributes) {
      const k = key(instanceId, initialContactId);
      chains.set(k, keyMap(chains.get(k), attributes));
    },
    clear: () => chains.clear(),
  };
}

/** The UTF-8 size Connect limits: every key and every value of the contact's attributes. */
export function attributeBytes(attributes: Readonly<Record<string, string>>): number {
  let total = 0;
  for (const [k, v] of Object.entries(attributes)) total += Buffer.byteLength(k, 'utf8') + Buffer.byteLength(v, 'utf8');
  return total;
}
