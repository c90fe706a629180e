import { readFileSync } from 'node:fs';

/**
 * The node flags `npm start` gives the gateway (package.json's `start`: `node <flags> src/main.ts`),
 * so the bench starts it exactly as production does and the two cannot drift apart.
 */
export function startFlags(packageJson = readFileSync(new URL('../package.json', import.meta.url), 'utf8')): string[] {
  const start = (JSON.parse(packageJson) as { scripts?: Record<string, string> }).scripts?.start ?? '';
  const words = start.trim().split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'src/main.ts')
    throw new Error(`package.json's start is not "node [flags] src/main.ts": ${start}`);
  return words.slice(1, -1);
}

/** `node`'s arguments for the gateway as `npm start` runs it. */
export const gatewayArgs = (): string[] => [...startFlags(), 'src/main.ts'];
