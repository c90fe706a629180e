import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

// First match wins. Ordered from specific to general.
const RULES: [category: string, test: (url: string, fn: string) => boolean][] = [
  ['idle', (_u, f) => f === '(idle)'],
  ['garbage collection', (_u, f) => f === '(garbage collector)'],
  ['V8 (program)', (_u, f) => f === '(program)'],
  ['GraphQL parse', (u) => u.includes('/graphql/language/')],
  ['GraphQL validate', (u) => u.includes('/graphql/validation/')],
  ['GraphQL execute', (u) => /\/graphql\/(execution|type|jsutils|utilities)\//.test(u)],
  ['Pothos plugins (execution)', (u) => u.includes('/@pothos/')],
  ['input validation (zod)', (u) => u.includes('/zod/')],
  ['SDK signing (SigV4)', (u) => /signature-v4|@aws-crypto|sha256/.test(u)],
  ['SDK endpoint resolution', (u) => /endpoint/.test(u) && /@aws-sdk|@smithy/.test(u)],
  ['SDK HTTP handler', (u) => u.includes('node-http-handler')],
  [
    'SDK serde',
    (u) =>
      /protocols|smithy-client|client-connect\/dist-cjs|core\/dist-cjs\/submodules\/(serde|schema)|util-(utf8|base64|body)/.test(
        u,
      ),
  ],
  ['SDK middleware/retry', (u) => /@aws-sdk|@smithy/.test(u)],
  ['DataLoader/p-limit', (u) => /\/dataloader\/|\/p-limit\/|\/yocto-queue\//.test(u)],
  ['logging (pino)', (u) => /\/pino|sonic-boom|thread-stream/.test(u)],
  ['auth (jose)', (u) => u.includes('/jose/')],
  // The gateway's GraphQL metrics plugin with prom-client, as the peers' metrics are prom-client.
  ['metrics', (u) => /prom-client|\/src\/plugins\/use-metrics\.ts$/.test(u)],
  [
    'yoga internals (yoga, envelop, whatwg-node)',
    (u) => /graphql-yoga|@envelop|@whatwg-node|@graphql-tools|@graphql-yoga/.test(u),
  ],
  ['Apollo Server', (u) => u.includes('/@apollo/')],
  ['Mercurius/fastify', (u) => /mercurius|fastify|avvio|find-my-way|light-my-request/.test(u)],
  [
    'Node HTTP/net/streams',
    (u) =>
      /^node:(_http|net|stream|internal\/(http|stream|streams|net|js_stream|webstreams)|http|events|internal\/event_target)/.test(
        u,
      ),
  ],
  ['Node crypto', (u) => /^node:(crypto|internal\/crypto)/.test(u)],
  ['Node other', (u) => u.startsWith('node:')],
  ['our code (src/)', (u) => /\/src\//.test(u) && !u.includes('node_modules')],
  ['V8 builtins (JSON, RegExp, …)', (u) => u === ''],
];

export function categorise(url: string, functionName: string): string {
  return RULES.find(([, test]) => test(url, functionName))?.[0] ?? 'other dependencies';
}

export interface ProfileSummary {
  /** Requests served in the summarised window, when known: costs are then also given per request. */
  requests?: number;
  totalMs: number;
  /** Busy time: everything but idle. */
  busyMs: number;
  categories: { category: string; ms: number; busyShare: number }[];
  top: { functionName: string; where: string; category: string; ms: number; busyShare: number }[];
}

// node_modules/.pnpm/... or node_modules/@scope/pkg/dist/x.js → @scope/pkg/dist/x.js
function shortUrl(url: string): string {
  const i = url.lastIndexOf('node_modules/');
  if (i >= 0) return url.slice(i + 'node_modules/'.length);
  const src = url.indexOf('/src/');
  return src >= 0 ? url.slice(src + 1) : url.replace(/^file:\/\//, '');
}

export interface SummaryOptions {
  topN?: number;
  /** Only samples in this window (ms since the profile started), e.g. the measured load without start-up. */
  window?: { fromMs: number; toMs: number };
  requests?: number;
}

/** Self time per category and the top self-time functions of a `.cpuprofile`. */
export function summariseProfile(file: string, options: SummaryOptions = {}): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const from = (options.window?.fromMs ?? 0) * 1000;
  const to = (options.window?.toMs ?? Infinity) * 1000;
  let at = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < from || at > to) return;
    // timeDeltas[i + 1] is the time until the next sample, i.e. the time spent in sample i.
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  const topN = options.topN ?? 25;

  const categories = new Map<string, number>();
  const functions = new Map<string, { functionName: string; where: string; category: string; us: number }>();
  let totalUs = 0;
  let idleUs = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const category = categorise(frame.url, frame.functionName);
    totalUs += us;
    if (category === 'idle') idleUs += us;
    categories.set(category, (categories.get(category) ?? 0) + us);
    const where = frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : '(native)';
    const key = `${frame.functionName}@${where}`;
    const entry = functions.get(key) ?? { functionName: frame.functionName || '(anonymous)', where, category, us: 0 };
    entry.us += us;
    functions.set(key, entry);
  }
  const busyUs = totalUs - idleUs || 1;
  return {
    requests: options.requests,
    totalMs: totalUs / 1000,
    busyMs: (totalUs - idleUs) / 1000,
    categories: [...categories]
      .filter(([category]) => category !== 'idle')
      .sort((a, b) => b[1] - a[1])
      .map(([category, us]) => ({ category, ms: us / 1000, busyShare: us / busyUs })),
    top: [...functions.values()]
      .filter((f) => f.category !== 'idle')
      .sort((a, b) => b.us - a.us)
      .slice(0, topN)
      .map(({ us, ...f }) => ({ ...f, ms: us / 1000, busyShare: us / busyUs })),
  };
}

const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

export function formatProfileSummary(summary: ProfileSummary): string {
  const perRequest = (ms: number) => (summary.requests ? ` | ${((ms * 1000) / summary.requests).toFixed(0)}` : '');
  const perHeader = summary.requests ? ' | µs / request' : '';
  const lines = [
    `busy ${summary.busyMs.toFixed(0)} ms of ${summary.totalMs.toFixed(0)} ms sampled` +
      (summary.requests
        ? `, ${summary.requests} requests: ${((summary.busyMs * 1000) / summary.requests).toFixed(0)} µs busy per request`
        : ''),
    '',
    `| category | self ms | share of busy${perHeader} |`,
    `| --- | --- | ---${summary.requests ? ' | ---' : ''} |`,
    ...summary.categories.map((c) => `| ${c.category} | ${c.ms.toFixed(0)} | ${pct(c.busyShare)}${perRequest(c.ms)} |`),
    '',
    '| function | where | category | self ms | share |',
    '| --- | --- | --- | --- | --- |',
    ...summary.top.map(
      (f) => `| ${f.functionName} | ${f.where} | ${f.category} | ${f.ms.toFixed(0)} | ${pct(f.busyShare)} |`,
    ),
  ];
  return lines.join('\n');
}
