import { describe, expect, it } from 'vitest';
import { ContactChangedDocument, UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { eventually } from '../subscriptions/support/metrics.ts';
import { subscribe } from '../subscriptions/support/sse.ts';
import { INSTANCE_ID, updateInput } from '../support/fixtures.ts';
import { startStack, useStack } from '../support/stack.ts';

// Two gateways in one process: each has its own registry, so neither clashes nor counts the other.
const stack = useStack({ client: { maxAttempts: 3 } });
const other = useStack();

const scrape = async (target = stack) => {
  const response = await fetch(target.metricsUrl);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
};

/** The value of one sample, 0 when the series does not exist yet. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.includes(w)));
  return line === undefined ? 0 : Number(line.slice(line.lastIndexOf(' ') + 1));
}

const update = (name: string) => stack.execute(UpdateContactDocument, { input: updateInput({ name }) });
const op = { operation: 'UpdateContact' };

describe('/metrics', () => {
  it('Connect error counters move by error type', async () => {
    const before = await scrape();
    stack.emulator.faults.add({ kind: 'error', name: 'ConflictException', operation: 'UpdateContact', times: 1 });
    stack.emulator.faults.add({ kind: 'reset', operation: 'UpdateContact', times: 3 });
    await update('conflict');
    await update('reset three times');
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) =>
      sample(after, name, labels) - sample(before, name, labels);
    expect(delta('connect_errors_total', { ...op, error_type: 'ConflictException' })).toBe(1);
    expect(delta('connect_errors_total', { ...op, error_type: 'ECONNRESET' })).toBe(1);
    expect(delta('connect_calls_total', { ...op, outcome: 'error' })).toBe(2);
    // The reset was retried twice before the SDK gave up.
    expect(delta('connect_retries_total', op)).toBe(2);
  });

  it('successes, retries and latencies are counted; the other gateway saw none of it', async () => {
    const before = await scrape();
    stack.emulator.faults.add({
      kind: 'error',
      name: 'InternalServiceException',
      operation: 'UpdateContact',
      times: 1,
    });
    await update('retried once');
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) =>
      sample(after, name, labels) - sample(before, name, labels);
    expect(delta('connect_calls_total', { ...op, outcome: 'success' })).toBe(1);
    expect(delta('connect_retries_total', op)).toBe(1);
    expect(delta('connect_call_duration_seconds_count', { ...op, outcome: 'success' })).toBe(1);
    // The success was read back with DescribeContact (the operation selects `contact`).
    expect(delta('connect_calls_total', { operation: 'DescribeContact', outcome: 'success' })).toBe(1);
    expect(sample(await scrape(other), 'connect_calls_total', { ...op, outcome: 'success' })).toBe(0);
  });

  it('GraphQL operations are counted and timed by name and type', async () => {
    const before = await scrape();
    await update('counted');
    const after = await scrape();
    const labels = { operationName: 'UpdateContact', operationType: 'mutation' };
    expect(sample(after, 'graphql_envelop_request', labels) - sample(before, 'graphql_envelop_request', labels)).toBe(
      1,
    );
    const durations = 'graphql_envelop_request_duration_count';
    expect(sample(after, durations, labels) - sample(before, durations, labels)).toBe(1);
  });

  it('errors are counted by phase, and /graphql answers are timed by operation, method and status', async () => {
    const before = await scrape();
    // parse: no operation yet; validate: an unknown field; execute: a masked error in the result.
    await stack.post({ query: 'query Broken {' });
    await stack.post({ query: 'query Contact { nope }', operationName: 'Contact' });
    stack.emulator.faults.add({ kind: 'error', name: 'AccessDeniedException', operation: 'UpdateContact', times: 1 });
    await update('a union member');
    stack.emulator.faults.add({ kind: 'reset', operation: 'UpdateContact', times: 3 });
    await update('masked CONNECT_UNAVAILABLE');
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) =>
      sample(after, name, labels) - sample(before, name, labels);
    const errors = 'graphql_envelop_error_result';
    expect(delta(errors, { operationName: 'Anonymous', operationType: 'unknown', phase: 'parse' })).toBe(1);
    expect(delta(errors, { operationName: 'Contact', operationType: 'query', phase: 'validate' })).toBe(1);
    const mutation = { operationName: 'UpdateContact', operationType: 'mutation' };
    const http = 'graphql_yoga_http_duration_count';
    expect(delta(http, { ...mutation, method: 'POST', statusCode: '200' })).toBe(2);
    expect(delta(http, { operationName: 'Contact', operationType: 'query', method: 'POST', statusCode: '200' })).toBe(
      1,
    );
    // Not parsed, not timed. The AccessDenied union member is data; the masked error is one.
    expect(sample(after, http, { operationName: 'Anonymous', operationType: 'unknown' })).toBe(0);
    expect(delta(errors, { ...mutation, phase: 'execute' })).toBe(1);
  });

  it('a subscription: its answer timed when the stream opens, the operation counted and timed when it ends', async () => {
    const subscription = { operationName: 'ContactChanged', operationType: 'subscription' };
    const before = await scrape();
    const stream = await subscribe(stack.url, ContactChangedDocument, { instanceId: INSTANCE_ID });
    expect(stream.status).toBe(200);
    await update('seen by the subscriber');
    expect((await stream.next()).event).toBe('next');
    // Still open: the operation is not counted yet, but its answer (the stream's first bytes) is timed.
    const open = await scrape();
    expect(sample(open, 'graphql_envelop_request', subscription)).toBe(
      sample(before, 'graphql_envelop_request', subscription),
    );
    const http = 'graphql_yoga_http_duration_count';
    const answer = { ...subscription, method: 'POST', statusCode: '200' };
    expect(sample(open, http, answer) - sample(before, http, answer)).toBe(1);
    stream.close();
    await eventually(
      async () =>
        sample(await scrape(), 'graphql_envelop_request', subscription) -
          sample(before, 'graphql_envelop_request', subscription) ===
        1,
    );
    const after = await scrape();
    const durations = 'graphql_envelop_request_duration_count';
    expect(sample(after, durations, subscription) - sample(before, durations, subscription)).toBe(1);
    expect(
      sample(after, 'graphql_envelop_error_result', { ...subscription, phase: 'execute' }) -
        sample(before, 'graphql_envelop_error_result', { ...subscription, phase: 'execute' }),
    ).toBe(0);
  });

  it('METRICS_ENABLED=false starts no metrics listener', async () => {
    const off = await startStack({ env: { METRICS_ENABLED: 'false' } });
    try {
      expect(off.metricsUrl).toBe('');
      expect((await fetch(off.url.replace('/graphql', '/metrics'))).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});
