import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { readBody } from '../http-io.ts';
import { stringifyWithLongs } from '../json-long.ts';

// Control answers are plain JSON (no Connect error envelope): they are not Connect.
export function reply(res: ServerResponse, status: number, body?: unknown): void {
  // A stored contact's queuePriority is a bigint.
  const text = body === undefined ? '' : stringifyWithLongs(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

// Parses one item, or an array of items when the body is an array; answers 400 on failure.
export async function readInput<T>(
  req: IncomingMessage,
  res: ServerResponse,
  schema: z.ZodType<T>,
): Promise<{ items: T[]; many: boolean } | undefined> {
  let json: unknown;
  try {
    json = JSON.parse(await readBody(req));
  } catch {
    reply(res, 400, { error: 'Body must be JSON' });
    return undefined;
  }
  const many = Array.isArray(json);
  const inputs: unknown[] = Array.isArray(json) ? json : [json];
  const items: T[] = [];
  for (const [i, item] of inputs.entries()) {
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      reply(res, 400, { error: 'Invalid input', index: many ? i : undefined, issues: parsed.error.issues });
      return undefined;
    }
    items.push(parsed.data);
  }
  return { items, many };
}
