import { describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { updateInput } from '../support/fixtures.ts';
import { useStack } from '../support/stack.ts';

const stack = useStack();

// @graphql-yoga/plugin-prometheus, whose names the gateway keeps, turns all of these on by default;
// the per-phase histograms, the summary and the deprecated-field counter cost CPU on every request
// (docs/performance.md), so the gateway has none of them.
describe('/metrics on the hot path', () => {
  it('exports the request metrics and none of the per-request extras', async () => {
    const result = await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'metrics' }) });
    expect(result.data?.updateContact.__typename).toBe('UpdateContactSuccess');
    const text = await (await fetch(stack.metricsUrl)).text();
    for (const kept of ['graphql_envelop_request', 'graphql_envelop_request_duration', 'graphql_yoga_http_duration'])
      expect(text).toContain(`# TYPE ${kept} `);
    for (const off of [
      'graphql_envelop_deprecated_field',
      'graphql_envelop_request_time_summary',
      'graphql_envelop_phase_parse',
      'graphql_envelop_phase_validate',
      'graphql_envelop_phase_context',
      'graphql_envelop_phase_execute',
    ])
      expect(text).not.toContain(off);
  });
});
