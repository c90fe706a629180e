import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { releaseMemoryWhenIdle } from '../../src/memory-release.ts';

// The schedule of src/memory-release.ts on this process's real event loop, with the collection
// counted instead of run (vitest's workers have no --expose-gc; the real one is in
// test/lifecycle/memory-release.test.ts).
let stop: (() => void) | undefined;
afterEach(() => stop?.());

/** Keeps the event loop busy for `ms`, yielding to timers every 5 ms. */
async function busyFor(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const slice = performance.now() + 5;
    while (performance.now() < slice) {}
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('releaseMemoryWhenIdle', () => {
  it('collects once at once, not while the loop is busy, and again once it has been quiet', async () => {
    let collections = 0;
    stop = releaseMemoryWhenIdle({ collect: () => collections++, everyMs: 20, quietReadings: 3, minGrowthBytes: 0 });
    expect(collections).toBe(1);
    await busyFor(400);
    expect(collections).toBe(1);
    await sleep(400);
    expect(collections).toBeGreaterThanOrEqual(2);
  });

  it('does not collect again while the heap has not grown by minGrowthBytes', async () => {
    let collections = 0;
    stop = releaseMemoryWhenIdle({
      collect: () => collections++,
      everyMs: 20,
      quietReadings: 2,
      minGrowthBytes: 2 ** 40,
    });
    await sleep(400);
    expect(collections).toBe(1);
  });

  it('tells what each collection gave back', () => {
    const released: number[] = [];
    stop = releaseMemoryWhenIdle({
      collect: () => {},
      onRelease: ({ beforeBytes, afterBytes }) => released.push(beforeBytes, afterBytes),
    });
    expect(released).toHaveLength(2);
    expect(released.every((bytes) => bytes > 0)).toBe(true);
  });
});
