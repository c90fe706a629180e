import { useOpenTelemetry } from '@envelop/opentelemetry';
import type { TracerProvider } from '@opentelemetry/api';

/**
 * OpenTelemetry spans for GraphQL operations (off unless TRACING_ENABLED=true). Spans go to the
 * globally registered tracer provider — the operator's OpenTelemetry SDK, e.g. loaded with
 * `node --import ./otel.mjs` — or to `provider`. Variables and results are never recorded: they
 * hold contact data.
 */
export function useTracing(provider?: TracerProvider): ReturnType<typeof useOpenTelemetry> {
  return useOpenTelemetry(
    { document: true, variables: false, result: false, resolvers: false },
    provider,
    undefined,
    undefined,
    'connect-contact-gateway',
  );
}
