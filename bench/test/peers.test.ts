// The feature pairs compare like with like only if each server with features really has them and
// each bare server really lacks them. Every contestant of the pairs runs here as the bench runs it
// (its script, its node flags, the production environment, the emulator in its own process).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchEmulator, startBenchEmulator } from '../emulator.ts';
import { SERVER_CORE } from '../measure.ts';
import type { ServerName } from '../options.ts';
import { freePort, type Spawned, spawnNode, stopProcess, waitUntilServing } from '../processes.ts';
import { productionEnv } from '../production-env.ts';
import { SERVERS } from '../servers.ts';
import { signBenchToken } from '../token.ts';
import { UPDATE_WORKLOAD } from '../workloads.ts';

const WITH_FEATURES = ['gateway', 'apollo-features', 'mercurius-features'] as const;
const BARE = ['yoga', 'apollo', 'mercurius'] as const;

const secret = 'peers-test-secret-peers-test-secret-0123';
const manifest = JSON.parse(
  readFileSync(new URL('../../operations/generated/persisted-documents.json', import.meta.url), 'utf8'),
) as Record<string, string>;
// The committed UpdateContact mutation: the bench's variables fit it.
const [persistedKey, persistedDocument] = Object.entries(manifest).find(([, document]) =>
  document.includes('mutation UpdateContact('),
) ?? ['', ''];
const persistedHash = persistedKey.replace(/^sha256:/, '');
const { variables } = JSON.parse(UPDATE_WORKLOAD.body) as { variables: Record<string, unknown> };

let emulator: BenchEmulator;
let token: string;
const running = new Map<ServerName, { url: string; spawned: Spawned }>();

beforeAll(async () => {
  emulator = await startBenchEmulator(process.env);
  token = await signBenchToken(secret);
  const env = productionEnv(process.env, emulator.url, secret);

  await Promise.all(
    [...WITH_FEATURES, ...BARE].map(async (name) => {
      const server = SERVERS[name];
      const port = await freePort();
      // The emulator has the load core, as in the bench.
      const spawned = spawnNode([...(server.nodeFlags ?? []), server.script], {
        core: SERVER_CORE,
        env: { ...env, PORT: String(port) },
      });
      const url = `http://127.0.0.1:${port}`;
      running.set(name, { url, spawned });
      await waitUntilServing(`${url}${server.readyPath}`, spawned);
    }),
  );
}, 60_000);

afterAll(async () => {
  await Promise.all([...running.values()].map(({ spawned }) => stopProcess(spawned)));
  await emulator?.stop();
});

const urlOf = (name: ServerName) => `${running.get(name)?.url}/graphql`;

async function post(name: ServerName, body: unknown, authorization = `Bearer ${token}`) {
  const response = await fetch(urlOf(name), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, typename: /"__typename":"(\w+)"/.exec(text)?.[1] };
}

/** A GET a browser sends cross-site without a preflight: no JSON content type, no preflight header. */
const simpleGet = (name: ServerName) => fetch(`${urlOf(name)}?query=${encodeURIComponent('{ __typename }')}`);

describe('the servers with features have each feature the pairs count', () => {
  it('the manifest holds the bench mutation under the sha256 of its text', () => {
    expect(createHash('sha256').update(persistedDocument).digest('hex')).toBe(persistedHash);
  });

  it.each(WITH_FEATURES)('%s answers the bench request', async (name) => {
    expect(await post(name, JSON.parse(UPDATE_WORKLOAD.body))).toMatchObject({
      status: 200,
      typename: 'UpdateContactSuccess',
    });
  });

  it.each(WITH_FEATURES)('%s refuses a token it cannot verify', async (name) => {
    const { status } = await post(name, JSON.parse(UPDATE_WORKLOAD.body), `Bearer ${token}x`);
    expect(status).toBe(401);
  });

  it.each(WITH_FEATURES)('%s refuses a GET without a preflight (CSRF prevention)', async (name) => {
    const response = await simpleGet(name);
    expect([400, 403]).toContain(response.status);
    expect(await response.text()).toMatch(/CSRF|preflight/);
  });

  it.each(WITH_FEATURES)('%s refuses variables nested past the limit', async (name) => {
    let deep: unknown = 'x';
    for (let i = 0; i < 200; i++) deep = { d: deep };
    const answer = await post(name, { ...JSON.parse(UPDATE_WORKLOAD.body), variables: { ...variables, deep } });
    expect(answer.typename).toBeUndefined();
    expect(answer.text).toContain('errors');
  });

  it.each(WITH_FEATURES)('%s runs a persisted operation by its hash alone', async (name) => {
    const persistedQuery = { version: 1, sha256Hash: persistedHash };
    // Apollo Server's persisted queries are automatic: a client registers the document once, with
    // its hash. The gateway and the Mercurius peer know it from the manifest and run it either way.
    expect(await post(name, { query: persistedDocument, variables, extensions: { persistedQuery } })).toMatchObject({
      typename: 'UpdateContactSuccess',
    });
    expect(await post(name, { variables, extensions: { persistedQuery } })).toMatchObject({
      status: 200,
      typename: 'UpdateContactSuccess',
    });
    const unknown = await post(name, {
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
    });
    expect(unknown.typename).toBeUndefined();
  });
});

describe('the bare servers have none of them', () => {
  it.each(BARE)('%s answers a GET without a preflight', async (name) => {
    const response = await simpleGet(name);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('"__typename"');
  });

  it.each(BARE)('%s runs no document by its hash alone, even one it was sent with', async (name) => {
    const persistedQuery = { version: 1, sha256Hash: persistedHash };
    await post(name, { query: persistedDocument, variables, extensions: { persistedQuery } });
    const answer = await post(name, { variables, extensions: { persistedQuery } });
    expect(answer.typename).toBeUndefined();
  });
});
