import { z } from 'zod';

// Maps whose keys a client chooses (tags, attributes, references, segment attributes) are kept in
// objects without a prototype. In a plain object the key `__proto__` is the prototype's setter:
// assigning it changes nothing, so a write would report success and the key would be gone, while
// `constructor` or `toString` would read the prototype's members where no key was written.

/** A prototype-less copy of the sources, merged in order: every key an own entry, `__proto__` too. */
export function keyMap<V>(...sources: (Readonly<Record<string, V>> | null | undefined)[]): Record<string, V> {
  const out = Object.create(null) as Record<string, V>;
  for (const source of sources) {
    if (source == null) continue;
    for (const key of Object.keys(source)) out[key] = source[key] as V;
  }
  return out;
}

/**
 * A JSON object map with values of `value`, parsed into a prototype-less object. zod's own record
 * drops an own `__proto__` key on purpose, which here would lose the client's entry.
 */
export function keyMapOf<T extends z.ZodType>(value: T) {
  return z
    .custom<Record<string, unknown>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), {
      message: 'Expected an object',
    })
    .transform((input, ctx) => {
      const out = Object.create(null) as Record<string, z.output<T>>;
      for (const key of Object.keys(input)) {
        const parsed = value.safeParse(input[key]);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: [key, ...issue.path] } as never);
          return z.NEVER;
        }
        out[key] = parsed.data;
      }
      return out;
    });
}
