import { describe, expect, it } from 'vitest';
import { OPERATIONS, parseRoute } from '../src/routes.ts';

// Fills a path template with one encoded value per label, as the SDK does.
const fill = (path: string, value: (label: string) => string) =>
  path.replace(/\{(\w+)\}/g, (_, label: string) => encodeURIComponent(value(label)));

describe('route table', () => {
  it.each(OPERATIONS.map((o) => [o.name, o] as const))('%s is reached by its method and path', (_name, operation) => {
    const route = parseRoute(
      operation.method,
      fill(operation.path, (label) => `${label} a/b`),
    );
    expect(route).toMatchObject({ kind: 'connect', operation: { name: operation.name } });
    const labels = route.kind === 'connect' ? route.labels : {};
    for (const [label, value] of Object.entries(labels)) expect(value).toBe(`${label} a/b`);
    expect(Object.keys(labels)).toEqual([...operation.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
  });

  it('an operation path with another method is unknown but keeps its labels', () => {
    expect(parseRoute('PUT', '/contacts/i/c?x=1')).toEqual({
      kind: 'unknown',
      labels: { InstanceId: 'i', ContactId: 'c' },
    });
  });

  it('a path no operation has, or a label that is not valid URI encoding, is unknown without labels', () => {
    expect(parseRoute('GET', '/contacts/i')).toEqual({ kind: 'unknown' });
    expect(parseRoute('GET', '/contacts/%E0%A4%A/c')).toEqual({ kind: 'unknown' });
  });

  it('/_emulator/... is the control API, never an operation', () => {
    expect(parseRoute('GET', '/_emulator/faults/a%2Fb?x=1')).toMatchObject({
      kind: 'control',
      segments: ['faults', 'a/b'],
    });
  });
});
