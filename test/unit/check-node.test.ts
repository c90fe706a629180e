import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { nodeProblem } from '../../scripts/check-node.mjs';

const run = promisify(execFile);
const check = (version: string): string | undefined => nodeProblem(version, '>=22.18');

describe('the Node.js version check before npm start and npm test', () => {
  it('accepts 22.18 and later, refuses 22.17 and earlier, in one line naming both versions', () => {
    for (const version of ['v22.18.0', 'v22.19.1', 'v23.0.0', 'v24.21.0']) expect(check(version)).toBeUndefined();
    for (const version of ['v22.17.9', 'v20.20.2', 'v18.0.0']) {
      const problem = check(version);
      expect(problem).toMatch(new RegExp(`needs Node\\.js >=22\\.18 \\(you have ${version.replace(/\./g, '\\.')}\\)`));
      expect(problem).not.toContain('\n');
    }
  });

  it('passes silently on this Node.js', async () => {
    const { stdout, stderr } = await run(process.execPath, ['scripts/check-node.mjs']);
    expect(stdout + stderr).toBe('');
  });

  // Debian's Node.js 20 ships on this kind of machine; where it does, the real thing is checked.
  it.runIf(existsSync('/usr/bin/node'))('refuses an old Node.js with exit 1 and one line', async () => {
    const { stdout: version } = await run('/usr/bin/node', ['--version']);
    const failure = await run('/usr/bin/node', ['scripts/check-node.mjs']).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    if (check(version.trim()) === undefined) expect(failure).toBeUndefined();
    else
      expect(failure).toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/^connect-contact-gateway needs Node\.js >=22\.18 .*\n$/),
      });
  });
});
