import {
  createCounter,
  createHistogram,
  type FillLabelsFnParams,
  usePrometheus,
} from '@graphql-yoga/plugin-prometheus';
import { Kind, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Registry } from 'prom-client';
import { loadPersistedDocuments } from './use-safelist.ts';

/**
 * Operation names worth a label of their own: those of the committed operations (operations/*.graphql,
 * via codegen's manifest). Any other name is `other`, so a client cannot create series at will.
 */
function knownOperationNames(): ReadonlySet<string> {
  const names = new Set<string>();
  for (const document of loadPersistedDocuments().values())
    for (const definition of parse(document).definitions)
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
  return names;
}

type OperationLabels = 'operationName' | 'operationType';

/**
 * Prometheus metrics of GraphQL operations into `registry` (the gateway's own, which also holds the
 * Connect call metrics; served by src/server/metrics-server.ts on its own port). Every label comes
 * from a bounded set: operation type, an allow-listed operation name, the error phase, the HTTP
 * method and status. No URL, Host, query string or error path (an alias) ever becomes a label.
 * Per-phase histograms, the summary and per-field deprecation tracking are off: they cost CPU on
 * every request and say little here.
 */
export function useMetrics(registry: Registry): Plugin {
  const known = knownOperationNames();
  const operation = (params: FillLabelsFnParams): Record<OperationLabels, string> => ({
    operationName:
      params.operationName === undefined
        ? 'Anonymous'
        : known.has(params.operationName)
          ? params.operationName
          : 'other',
    operationType: params.operationType ?? 'unknown',
  });
  return usePrometheus({
    registry,
    endpoint: false,
    // The plugin merges its defaults (everything on) under these, so "off" must be said explicitly:
    // left on, the deprecation counter walks every document with a TypeInfo visitor per request.
    metrics: {
      graphql_envelop_request: createCounter<'execute' | 'subscribe', OperationLabels>({
        registry,
        counter: {
          name: 'graphql_envelop_request',
          help: 'GraphQL operations executed',
          labelNames: ['operationName', 'operationType'],
        },
        fillLabelsFn: operation,
      }),
      graphql_envelop_request_duration: createHistogram<'execute' | 'subscribe', OperationLabels>({
        registry,
        histogram: {
          name: 'graphql_envelop_request_duration',
          help: 'Time to execute a GraphQL operation, in seconds',
          labelNames: ['operationName', 'operationType'],
        },
        fillLabelsFn: operation,
      }),
      graphql_envelop_error_result: createCounter<
        'parse' | 'validate' | 'context' | 'execute' | 'subscribe',
        OperationLabels | 'phase'
      >({
        registry,
        counter: {
          name: 'graphql_envelop_error_result',
          help: 'GraphQL results with errors, by the phase that produced them',
          labelNames: ['operationName', 'operationType', 'phase'],
        },
        fillLabelsFn: (params) => ({ ...operation(params), phase: params.errorPhase ?? 'unknown' }),
      }),
      graphql_yoga_http_duration: createHistogram<
        'request',
        OperationLabels | 'method' | 'statusCode',
        FillLabelsFnParams & { request: Request; response: Response }
      >({
        registry,
        histogram: {
          name: 'graphql_yoga_http_duration',
          help: 'Time to answer an HTTP request to /graphql, in seconds',
          labelNames: ['operationName', 'operationType', 'method', 'statusCode'],
        },
        // Node's parser accepts only known methods; the status is ours.
        fillLabelsFn: (params) => ({
          ...operation(params),
          method: params.request.method,
          statusCode: params.response.status,
        }),
      }),
      graphql_envelop_deprecated_field: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_execute_resolver: false,
      graphql_envelop_schema_change: false,
    },
  });
}
