import type { CallRecord, Emulator } from '@connect-gateway/connect-emulator';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { updateInput } from '../support/fixtures.ts';
import type { Stack } from '../support/stack.ts';

/** Connect's default quota for both operations the gateway calls today: 10 requests/s, burst 15. */
export const CONNECT_DEFAULT = { ratePerSecond: 10, burst: 15 } as const;

/** Turns on the emulator's token bucket for UpdateContact and DescribeContact at Connect's defaults. */
export function throttleAtConnectDefaults(emulator: Emulator): void {
  for (const operation of ['UpdateContact', 'DescribeContact'] as const)
    emulator.faults.add({ kind: 'throttle', operation, ...CONNECT_DEFAULT, retryAfterSeconds: 1 });
}

/** How often each value occurs. */
export function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** The HTTP statuses Connect (the emulator) answered, counted. */
export const statusCounts = (calls: readonly Pick<CallRecord, 'status'>[]) =>
  tally(calls.map(({ status }) => String(status)));

export interface Answer {
  typename: string | undefined;
  retryAfterSeconds?: number | null;
  requestId?: string | null;
  message?: string;
  /** Milliseconds from sending to the answer. */
  ms: number;
}

// The update alone, as most clients send it (the benchmark's workload): no contact read back.
const UPDATE_ONLY = `mutation UpdateOnly($input: UpdateContactInput!) {
  updateContact(input: $input) {
    __typename
    ... on Error { message }
    ... on ThrottlingError { retryAfterSeconds requestId }
  }
}`;

type UpdateOnlyResult = {
  data?: { updateContact: Omit<Answer, 'typename' | 'ms'> & { __typename: string } };
  errors?: unknown;
};

/**
 * One updateContact through the stack, timed; `headers` carry the caller's token. With `readBack`
 * it selects the contact too (UpdateContactDocument), which adds a DescribeContact call.
 */
export async function timedUpdate(
  stack: Stack,
  name: string,
  options: { headers?: Record<string, string>; readBack?: boolean } = {},
): Promise<Answer> {
  const started = performance.now();
  const input = updateInput({ name });
  const { data, errors } = options.readBack
    ? await stack.execute(UpdateContactDocument, { input }, options.headers)
    : ((await (
        await stack.post({ query: UPDATE_ONLY, variables: { input } }, options.headers)
      ).json()) as UpdateOnlyResult);
  if (errors) throw new Error(JSON.stringify(errors));
  const { __typename: typename, ...result } = data?.updateContact ?? {};
  return { typename, ...result, ms: performance.now() - started };
}

/** `count` updates sent at once. */
export const burstOfUpdates = (stack: Stack, count: number, options?: Parameters<typeof timedUpdate>[2]) =>
  Promise.all(Array.from({ length: count }, (_, i) => timedUpdate(stack, `burst ${i}`, options)));

export const byType = (answers: readonly Answer[], typename: string) => answers.filter((a) => a.typename === typename);

/** A metric's value in Prometheus text, by its name with labels as printed. */
export async function metricValue(stack: Stack, series: string): Promise<number | undefined> {
  const text = await stack.metricsRegistry.metrics();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}
