/**
 * The id of the change a subscription's latest result was resolved from, by request context. The
 * field resolver notes it; useEventIds (src/plugins/use-event-ids.ts) takes it for the result the
 * same event produced (yoga pulls one event at a time, so the two never interleave).
 */
const current = new WeakMap<object, string>();

export function noteEventId(context: object, id: string | undefined): void {
  if (id === undefined) current.delete(context);
  else current.set(context, id);
}

export function takeEventId(context: object): string | undefined {
  const id = current.get(context);
  current.delete(context);
  return id;
}
