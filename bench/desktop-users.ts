// The users of `npm run bench:desktop`: agents working their contact, supervisors refreshing a wall
// of contacts and following changes. Each request is timed per user action, and every read of a
// contact is checked against the changes the bench made through the gateway (a stale read).

/** What one user action took, and how it ended. */
export interface ActionRecord {
  action: 'open' | 'update' | 'tag' | 'wall';
  ms: number;
  /** Every contact read and every change answered as asked. */
  ok: boolean;
}

/** The names each contact had, oldest first: what a read may show, and what it may no longer. */
export class NameHistory {
  private readonly names = new Map<string, string[]>();
  private readonly settled = new Map<string, number>();

  constructor(initial: Record<string, string>) {
    for (const [id, name] of Object.entries(initial)) {
      this.names.set(id, [name]);
      this.settled.set(id, 0);
    }
  }

  /** A change is about to be sent: reads may show it from now on. */
  sending(id: string, name: string): void {
    this.names.get(id)?.push(name);
  }

  /** The change was answered: every read that starts from now on must show it (or a later one). */
  answered(id: string, name: string): void {
    const index = this.names.get(id)?.lastIndexOf(name) ?? -1;
    if (index > (this.settled.get(id) ?? 0)) this.settled.set(id, index);
  }

  /** The oldest name a read starting now may show. */
  snapshot(id: string): number {
    return this.settled.get(id) ?? 0;
  }

  /** Whether `name`, read by a read that started at `snapshot`, is older than a change already answered. */
  isStale(id: string, name: string | null, snapshot: number): boolean {
    const index = this.names.get(id)?.lastIndexOf(name ?? '') ?? -1;
    return index < snapshot;
  }
}

export interface Counters {
  staleReads: number;
  readsChecked: number;
  events: number;
}

const CONTACT_FIELDS = 'instanceId id name';

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

type Contact = { __typename: string; id?: string; name?: string | null };

/** Reads contacts with aliased Query.contact fields in one request; null for those that failed. */
export async function readContacts(
  url: string,
  instanceId: string,
  ids: readonly string[],
): Promise<(Contact | null)[]> {
  const fields = ids.map(
    (_, i) =>
      `c${i}: contact(instanceId: $instanceId, contactId: $id${i}) { __typename ... on Contact { ${CONTACT_FIELDS} tags { key value } } }`,
  );
  const query = `query Wall($instanceId: ID!, ${ids.map((_, i) => `$id${i}: ID!`).join(', ')}) { ${fields.join(' ')} }`;
  const variables = { instanceId, ...Object.fromEntries(ids.map((id, i) => [`id${i}`, id])) };
  const body = (await post(url, query, variables)) as { data?: Record<string, Contact> };
  return ids.map((_, i) => {
    const contact = body.data?.[`c${i}`];
    return contact?.__typename === 'Contact' ? contact : null;
  });
}

const UPDATE = `mutation Update($input: UpdateContactInput!) { updateContact(input: $input) { __typename
  ... on UpdateContactSuccess { contact { ${CONTACT_FIELDS} } } } }`;
const TAG = `mutation Tag($input: TagContactInput!) { tagContact(input: $input) { __typename
  ... on TagContactSuccess { contact { instanceId id tags { key value } } } } }`;

export interface UserContext {
  instanceId: string;
  history: NameHistory;
  counters: Counters;
  record: (entry: ActionRecord) => void;
  /** Until when users keep acting (performance.now()). */
  until: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads, checking each contact against the changes answered before the read began. */
async function checkedRead(url: string, ctx: UserContext, ids: readonly string[]): Promise<boolean> {
  const snapshots = ids.map((id) => ctx.history.snapshot(id));
  const contacts = await readContacts(url, ctx.instanceId, ids);
  let ok = true;
  contacts.forEach((contact, i) => {
    const id = ids[i] ?? '';
    if (contact === null) {
      ok = false;
      return;
    }
    ctx.counters.readsChecked++;
    if (ctx.history.isStale(id, contact.name ?? null, snapshots[i] ?? 0)) ctx.counters.staleReads++;
  });
  return ok;
}

async function timed(ctx: UserContext, action: ActionRecord['action'], run: () => Promise<boolean>): Promise<void> {
  const started = performance.now();
  const ok = await run().catch(() => false);
  ctx.record({ action, ms: performance.now() - started, ok });
}

/**
 * One agent on its contact: every `everyMs`, opens it, renames it (updateContact, reading the
 * contact back as the frontend's document does) and tags it.
 */
export async function agent(
  url: string,
  ctx: UserContext,
  contactId: string,
  everyMs: number,
  n: number,
): Promise<void> {
  // Users do not start in step; none waits past the end of the run.
  await sleep(Math.random() * Math.min(everyMs, ctx.until - performance.now()));
  for (let step = 0; performance.now() < ctx.until; step++) {
    const started = performance.now();
    await timed(ctx, 'open', () => checkedRead(url, ctx, [contactId]));
    const name = `agent ${n} step ${step}`;
    ctx.history.sending(contactId, name);
    await timed(ctx, 'update', async () => {
      const body = (await post(url, UPDATE, { input: { instanceId: ctx.instanceId, contactId, name } })) as {
        data?: { updateContact: { __typename: string; contact?: { name: string } } };
      };
      const result = body.data?.updateContact;
      ctx.history.answered(contactId, name);
      if (result?.__typename === 'UpdateContactSuccess' && result.contact?.name !== name) ctx.counters.staleReads++;
      return result?.__typename === 'UpdateContactSuccess' && result.contact !== undefined && result.contact !== null;
    });
    await timed(ctx, 'tag', async () => {
      const input = { instanceId: ctx.instanceId, contactId, tags: [{ key: 'step', value: String(step) }] };
      const body = (await post(url, TAG, { input })) as { data?: { tagContact: { __typename: string } } };
      return body.data?.tagContact.__typename === 'TagContactSuccess';
    });
    await sleep(Math.max(0, Math.min(everyMs - (performance.now() - started), ctx.until - performance.now())));
  }
}

/** Contacts one wall request reads: well under the gateway's 15 aliases. */
const WALL_PAGE = 10;

/** One supervisor: the wall, every `everyMs`, in pages of WALL_PAGE contacts read at once. */
export async function supervisor(
  url: string,
  ctx: UserContext,
  wall: readonly string[],
  everyMs: number,
): Promise<void> {
  // Users do not start in step; none waits past the end of the run.
  await sleep(Math.random() * Math.min(everyMs, ctx.until - performance.now()));
  while (performance.now() < ctx.until) {
    const started = performance.now();
    await timed(ctx, 'wall', async () => {
      const pages = [];
      for (let i = 0; i < wall.length; i += WALL_PAGE) pages.push(wall.slice(i, i + WALL_PAGE));
      const answers = await Promise.all(pages.map((page) => checkedRead(url, ctx, page)));
      return answers.every(Boolean);
    });
    await sleep(Math.max(0, Math.min(everyMs - (performance.now() - started), ctx.until - performance.now())));
  }
}

const SUBSCRIBE = `subscription Wall($instanceId: ID!) { contactChanged(instanceId: $instanceId) {
  operation contactId contact { ${CONTACT_FIELDS} } } }`;

/** A supervisor's subscription to the instance's changes (SSE): counts the events until `signal` aborts. */
export async function subscribe(url: string, ctx: UserContext, signal: AbortSignal): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: SUBSCRIBE, variables: { instanceId: ctx.instanceId } }),
    signal,
  });
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  try {
    for (let read = await reader?.read(); read !== undefined && !read.done; read = await reader?.read())
      ctx.counters.events += decoder.decode(read.value, { stream: true }).split('event: next').length - 1;
  } catch {
    // Aborted at the end of the run.
  }
}
