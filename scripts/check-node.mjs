// Plain JavaScript on purpose: it must run, and say one clear line, on a Node.js too old for the
// TypeScript sources (they run through type stripping, on by default from 22.18).
import { readFileSync } from 'node:fs';

/** The minimum `major.minor` of an engines range of the form `>=22.18`. */
export function minimumOf(range) {
  const match = /^>=\s*(\d+)\.(\d+)/.exec(range);
  if (match === null) throw new Error(`unsupported engines range: ${range}`);
  return [Number(match[1]), Number(match[2])];
}

/** The problem with running on `version` (e.g. "v20.20.2"), or undefined when it is new enough. */
export function nodeProblem(version, range) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  const [needMajor, needMinor] = minimumOf(range);
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return undefined;
  return `connect-contact-gateway needs Node.js ${range} (you have ${version}); install Node 24 (see .nvmrc) and run npm ci again.`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const problem = nodeProblem(process.version, engines.node);
  if (problem !== undefined) {
    console.error(problem);
    process.exit(1);
  }
}
