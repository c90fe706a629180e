import { LOAD_CORE } from './measure.ts';
import { freePort, type Spawned, spawnNode, stopProcess, waitUntilServing } from './processes.ts';
import { READ_CONTACTS } from './workloads.ts';

export interface BenchEmulator {
  url: string;
  /** DescribeContact calls per request, over `requests` sequential requests of `body`. */
  describeCallsPerRequest(
    graphqlUrl: string,
    body: string,
    headers: Record<string, string>,
    requests?: number,
  ): Promise<number>;
  stop(): Promise<void>;
}

/** Starts the Connect emulator in its own process (no faults, so no injected latency) on the load core. */
export async function startBenchEmulator(env: NodeJS.ProcessEnv): Promise<BenchEmulator> {
  const port = await freePort();
  const spawned: Spawned = spawnNode(['packages/connect-emulator/src/main.ts'], {
    core: LOAD_CORE,
    env: { ...env, EMULATOR_PORT: String(port), EMULATOR_HOST: '127.0.0.1' },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(`${url}/_emulator/health`, spawned);
  const added = await fetch(`${url}/_emulator/contacts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(READ_CONTACTS),
  });
  if (added.status !== 201) throw new Error(`could not add bench contacts: ${added.status} ${await added.text()}`);

  const total = async () => ((await (await fetch(`${url}/_emulator/calls`)).json()) as { total: number }).total;
  // The server may still be working through requests the load generator gave up on when it
  // stopped; wait until Connect sees no new calls for half a second.
  const quiet = async (): Promise<void> => {
    let last = await total();
    for (let i = 0; i < 60; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const now = await total();
      if (now === last) return;
      last = now;
    }
  };

  return {
    url,
    async describeCallsPerRequest(graphqlUrl, body, headers, requests = 5) {
      await quiet();
      await fetch(`${url}/_emulator/calls`, { method: 'DELETE' });
      for (let i = 0; i < requests; i++) {
        const response = await fetch(graphqlUrl, { method: 'POST', headers, body });
        if (!response.ok) throw new Error(`probe request failed: ${response.status} ${await response.text()}`);
        await response.arrayBuffer();
      }
      const log = (await (await fetch(`${url}/_emulator/calls`)).json()) as { counts: { DescribeContact: number } };
      return log.counts.DescribeContact / requests;
    },
    stop: () => stopProcess(spawned),
  };
}
