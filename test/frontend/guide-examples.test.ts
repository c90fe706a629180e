import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

// docs/frontend-guide.md shows the code of operations/examples/ that the other tests here run
// against the gateway; the guide's copy must be that code, unchanged, from the line named here on.
const EXAMPLES = [
  ['handle-update-result.ts', 'export function handleUpdateResult'],
  ['apollo-client.ts', 'import '],
  ['apollo-sse-link.ts', 'import '],
  ['apollo-ws-link.ts', 'import '],
  ['urql-client.ts', 'import '],
] as const;

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

it.each(EXAMPLES)('docs/frontend-guide.md shows operations/examples/%s as it is', (file, from) => {
  const source = read(`operations/examples/${file}`);
  const example = source.slice(source.indexOf(from)).trimEnd();
  expect(example.length).toBeGreaterThan(500);
  expect(read('docs/frontend-guide.md')).toContain(example);
});
