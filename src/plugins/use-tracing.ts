import { useOpenTelemetry } from '@envelop/opentelemetry';
import type { TracerProvider } from '@opentelemetry/api';
import type { Plugin } from 'graphql-yoga';

/**
 * OpenTelemetry spans for GraphQL operations (off unless TRACING_ENABLED=true). Spans go to the
 * globally registered tracer provider — the operator's OpenTelemetry SDK, e.g. loaded with
 * `node --import ./otel.mjs` — or to `provider`. Variables and results are never recorded: they
 * hold contact data.
 */
export function useTracing(provider?: TracerProvider): Plugin {
  // The envelop plugin types its own span-carrying context; yoga runs it as any envelop plugin.
  return useOpenTelemetry(
    { document: true, variables: false, result: false, resolvers: false },
    provider,
    undefined,
    undefined,
    'connect-contact-gateway',
  ) as Plugin;
}
