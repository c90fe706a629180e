import type { Attributes, Span, SpanContext, TracerProvider } from '@opentelemetry/api';
import { afterEach, describe, expect, it } from 'vitest';
import { UpdateContactDocument } from '../../operations/generated/graphql.ts';
import { updateInput } from '../support/fixtures.ts';
import { type Stack, startStack } from '../support/stack.ts';

interface Recorded {
  name: string;
  attributes: Attributes;
  ended: boolean;
}

/** A tracer provider that records span names and attributes: enough to see what the gateway emits. */
function recordingProvider(spans: Recorded[]): TracerProvider {
  const context: SpanContext = {
    traceId: '0af7651916cd43dd8448eb211c80319c',
    spanId: 'b7ad6b7169203331',
    traceFlags: 1,
  };
  const startSpan = (name: string, options?: { attributes?: Attributes }): Span => {
    const recorded: Recorded = { name, attributes: { ...options?.attributes }, ended: false };
    spans.push(recorded);
    const span: Span = {
      spanContext: () => context,
      setAttribute: (key, value) => {
        recorded.attributes[key] = value;
        return span;
      },
      setAttributes: (attributes) => {
        Object.assign(recorded.attributes, attributes);
        return span;
      },
      addEvent: () => span,
      addLink: () => span,
      addLinks: () => span,
      setStatus: () => span,
      updateName: () => span,
      end: () => {
        recorded.ended = true;
      },
      isRecording: () => true,
      recordException: () => undefined,
    };
    return span;
  };
  return {
    getTracer: () => ({
      startSpan,
      startActiveSpan: () => {
        throw new Error('not used by the gateway');
      },
    }),
  };
}

let stack: Stack | undefined;
afterEach(() => stack?.close());

describe('OpenTelemetry tracing', () => {
  it('TRACING_ENABLED=true: one ended span per operation, with its name and type but never the variables', async () => {
    const spans: Recorded[] = [];
    stack = await startStack({ env: { TRACING_ENABLED: 'true' }, tracerProvider: recordingProvider(spans) });
    const { data } = await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'Jane Doe secret' }) });
    expect(data?.updateContact.__typename).toBe('UpdateContactSuccess');
    expect(spans).toEqual([
      expect.objectContaining({
        name: 'mutation.UpdateContact',
        ended: true,
        attributes: expect.objectContaining({
          'graphql.execute.operationName': 'UpdateContact',
          'graphql.execute.operationType': 'mutation',
        }),
      }),
    ]);
    expect(JSON.stringify(spans)).not.toContain('Jane Doe');
  });

  it('off by default: no span', async () => {
    const spans: Recorded[] = [];
    stack = await startStack({ tracerProvider: recordingProvider(spans) });
    await stack.execute(UpdateContactDocument, { input: updateInput({ name: 'x' }) });
    expect(spans).toEqual([]);
  });
});
