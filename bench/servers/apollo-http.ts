// How both Apollo peers drive Apollo Server from node:http, as its standalone server does minus its
// cors and body-parser middleware: the JSON body and headers to executeHTTPGraphQLRequest, its answer
// back. One integration for both, so the features peer's cost over the bare one is its features alone.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { sendJson } from './listen.ts';

export function apolloListener<Context extends BaseContext>(
  server: ApolloServer<Context>,
  context: () => Promise<Context>,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    // A GET has no body: Apollo Server reads its operation from the query string.
    let body: unknown;
    try {
      body = chunks.length === 0 ? undefined : JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return sendJson(res, 400, { errors: [{ message: 'bad request' }] });
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: query < 0 ? '' : url.slice(query), body },
      context,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') return void res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
