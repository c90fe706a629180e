import { type DocumentNode, type ExecutionResult, getOperationAST, Kind, parse } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { Counter, Histogram, type Registry } from 'prom-client';
import { currentRequestStart } from '../connect/call-signal.ts';
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

interface OperationLabels {
  operationName: string;
  operationType: string;
}

/** Where a request's operation labels wait for its answer: on its context, which is yoga's server context. */
const OPERATION = Symbol('operation labels');
interface Labelled {
  [OPERATION]?: OperationLabels;
}

const UNPARSED: OperationLabels = { operationName: 'Anonymous', operationType: 'unknown' };

/**
 * Prometheus metrics of GraphQL operations into `registry` (the gateway's own, which also holds the
 * Connect call metrics; served by src/server/metrics-server.ts on its own port), under the names,
 * labels and meanings of `@graphql-yoga/plugin-prometheus`: operations and their execution time,
 * errors by the phase that produced them, and the time of each `/graphql` answer whose document
 * parsed. Every label comes from a bounded set: operation type, an allow-listed operation name, the
 * phase, the HTTP method (Node's parser accepts only known ones) and our status. No URL, Host, query
 * string or error path (an alias) ever becomes a label.
 *
 * prom-client directly, as the bench's same-feature peers use it, rather than through the
 * Prometheus plugins: those register seven hooks, keep three maps per request (by the request and
 * by its context) and rebuild label objects through `Object.fromEntries` on every observation; this
 * is five hooks, labels worked out once per document, the answer's start taken from the request
 * scope (docs/performance.md).
 */
export function useMetrics(registry: Registry): Plugin {
  const known = knownOperationNames();
  const registers = [registry];
  const operationLabelNames = ['operationName', 'operationType'] as const;
  const operations = new Counter({
    name: 'graphql_envelop_request',
    help: 'GraphQL operations executed',
    labelNames: operationLabelNames,
    registers,
  });
  const durations = new Histogram({
    name: 'graphql_envelop_request_duration',
    help: 'Time to execute a GraphQL operation, in seconds',
    labelNames: operationLabelNames,
    registers,
  });
  const errors = new Counter({
    name: 'graphql_envelop_error_result',
    help: 'GraphQL results with errors, by the phase that produced them',
    labelNames: [...operationLabelNames, 'phase'],
    registers,
  });
  const answers = new Histogram({
    name: 'graphql_yoga_http_duration',
    help: 'Time to answer an HTTP request to /graphql, in seconds',
    labelNames: [...operationLabelNames, 'method', 'statusCode'],
    registers,
  });

  // yoga's parser cache hands the same document to every request with the same text, so its labels
  // are worked out once per document (and operation name asked for).
  const labelsByDocument = new WeakMap<
    DocumentNode,
    { requested: string | null | undefined; labels: OperationLabels }
  >();
  const labelsOf = (document: DocumentNode, requested: string | null | undefined): OperationLabels => {
    const cached = labelsByDocument.get(document);
    if (cached !== undefined && cached.requested === requested) return cached.labels;
    const operation = getOperationAST(document, requested);
    const name = requested ?? operation?.name?.value;
    const labels: OperationLabels = {
      operationName: name === undefined ? 'Anonymous' : known.has(name) ? name : 'other',
      operationType: operation?.operation ?? 'unknown',
    };
    labelsByDocument.set(document, { requested, labels });
    return labels;
  };
  const countErrors = (labels: OperationLabels, result: ExecutionResult) => {
    const count = result.errors?.length ?? 0;
    if (count > 0) errors.inc({ ...labels, phase: 'execute' }, count);
  };
  const finish = (labels: OperationLabels, startedAt: number) => {
    operations.inc(labels);
    durations.observe(labels, (performance.now() - startedAt) / 1000);
  };
  // An operation's run: errors of each result (a subscription's events too), then count and time.
  const run = (labels: OperationLabels) => {
    const startedAt = performance.now();
    return ({ result }: { result: ExecutionResult | AsyncIterable<ExecutionResult> }) => {
      if (isAsyncIterable(result))
        return {
          onNext: ({ result: next }: { result: ExecutionResult }) => countErrors(labels, next),
          onEnd: () => finish(labels, startedAt),
        };
      countErrors(labels, result);
      finish(labels, startedAt);
      return undefined;
    };
  };
  const labelled = (context: object, document: DocumentNode, operationName?: string | null) =>
    (context as Labelled)[OPERATION] ?? labelsOf(document, operationName);
  const countParseError = ({ result }: { result: unknown }): void => {
    if (result instanceof Error) errors.inc({ ...UNPARSED, phase: 'parse' });
  };

  return {
    onPluginInit({ registerContextErrorHandler }) {
      registerContextErrorHandler(({ context }) =>
        errors.inc({ ...((context as Labelled)[OPERATION] ?? UNPARSED), phase: 'context' }),
      );
    },
    onParse: () => countParseError,
    // Every document that parsed is validated (yoga's cache answers inside this phase): its labels
    // are set here, for validation errors, execution and the answer's time.
    onValidate({ params, context }) {
      const labels = labelsOf(params.documentAST, context.params?.operationName);
      (context as Labelled)[OPERATION] = labels;
      return ({ valid }) => {
        if (!valid) errors.inc({ ...labels, phase: 'validate' });
      };
    },
    onExecute({ args }) {
      return { onExecuteDone: run(labelled(args.contextValue, args.document, args.operationName)) };
    },
    onSubscribe({ args }) {
      const labels = labelled(args.contextValue, args.document, args.operationName);
      return {
        onSubscribeResult: run(labels),
        onSubscribeError: () => errors.inc({ ...labels, phase: 'execute' }),
      };
    },
    onResponse({ request, response, serverContext }) {
      const labels = (serverContext as Labelled)[OPERATION];
      const startedAt = currentRequestStart();
      if (labels === undefined || startedAt === undefined) return;
      answers.observe(
        { ...labels, method: request.method, statusCode: response.status },
        (performance.now() - startedAt) / 1000,
      );
    },
  };
}
