import { readFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/schema/index.ts';

describe('schema.graphql', () => {
  it('is the subgraph SDL printed from the code (run `npm run schema:print` after changing the schema)', () => {
    const checkedIn = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(checkedIn).toBe(`${printSubgraphSchema(buildSchema()).trimEnd()}\n`);
  });

  it('carries the federation link and the Contact key', () => {
    const sdl = printSubgraphSchema(buildSchema());
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/);
    expect(sdl).toMatch(/type Contact\s+@key\(fields: "instanceId id"\)/);
  });
});
