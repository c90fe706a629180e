import { describe, expect, it } from 'vitest';
import { startFlags } from '../start-command.ts';

const packageJson = (start: string) => JSON.stringify({ scripts: { start } });

describe("the gateway's start command, read from package.json", () => {
  it('gives the node flags between node and src/main.ts', () => {
    expect(startFlags(packageJson('node --max-semi-space-size=32 --enable-source-maps src/main.ts'))).toEqual([
      '--max-semi-space-size=32',
      '--enable-source-maps',
    ]);
  });

  it('gives none for a bare start', () => {
    expect(startFlags(packageJson('node src/main.ts'))).toEqual([]);
  });

  it.each(['tsx src/main.ts', 'node src/start.ts', 'node src/main.ts --inspect'])(
    'refuses a start the bench could not reproduce: %s',
    (start) => {
      expect(() => startFlags(packageJson(start))).toThrow(/not "node \[flags\] src\/main.ts"/);
    },
  );

  it("reads this repository's own package.json", () => {
    expect(() => startFlags()).not.toThrow();
  });
});
