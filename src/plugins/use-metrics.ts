import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import type { Registry } from 'prom-client';

/**
 * Prometheus metrics at /metrics from `registry` (the gateway's own, which also holds the Connect
 * call metrics): GraphQL operation counts, durations, error results and HTTP durations. Per-phase
 * histograms, the summary and per-field deprecation tracking are off: they cost CPU on every
 * request and say little here (one mutation, one query).
 */
export function useMetrics(registry: Registry): Plugin {
  return usePrometheus({
    registry,
    endpoint: '/metrics',
    // The plugin merges its defaults (everything on) under these, so "off" must be said explicitly:
    // left on, the deprecation counter walks every document with a TypeInfo visitor per request.
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_error_result: true,
      graphql_yoga_http_duration: true,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_execute_resolver: false,
    },
  });
}
