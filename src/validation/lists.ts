import type { z } from 'zod';

/**
 * A refinement for a list that becomes one Connect map: a key given twice would silently keep only
 * the last value, so each repeat is an issue at the repeat (`pathOf(index)`), its message naming
 * the first occurrence (`message(firstIndex)`).
 */
export function uniqueKeys<Entry>(
  keyOf: (entry: Entry) => string,
  pathOf: (index: number) => (string | number)[],
  message: (firstIndex: number) => string,
) {
  return (entries: readonly Entry[], ctx: z.RefinementCtx): void => {
    const firstIndex = new Map<string, number>();
    entries.forEach((entry, index) => {
      const key = keyOf(entry);
      const first = firstIndex.get(key);
      if (first === undefined) firstIndex.set(key, index);
      else ctx.addIssue({ code: 'custom', path: pathOf(index), message: message(first) });
    });
  };
}

/** A refinement for a list whose number of entries Connect limits (TagContact: 1 to 6 tags). */
export function entryCount(min: number, max: number, noun: string) {
  return (entries: readonly unknown[], ctx: z.RefinementCtx): void => {
    if (entries.length < min || entries.length > max)
      ctx.addIssue({ code: 'custom', message: `must hold ${min} to ${max} ${noun}; got ${entries.length}` });
  };
}
