import { createServer, type Server, type ServerResponse } from 'node:http';

/** The port the bench runner gave this server. */
export function benchPort(): number {
  const port = Number(process.env.PORT);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`PORT must be set, got ${process.env.PORT}`);
  return port;
}

/**
 * Exits cleanly on SIGTERM/SIGINT: a clean exit is what lets `node --cpu-prof` write its profile.
 * `close` stops the server; connections left open are dropped.
 */
export function exitOnSignal(close: () => Promise<unknown>): void {
  const stop = (): void => {
    void close().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** Listens on 127.0.0.1:PORT and stops on SIGTERM. */
export async function serve(server: Server): Promise<void> {
  await new Promise<void>((resolve) => server.listen(benchPort(), '127.0.0.1', resolve));
  exitOnSignal(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
}

/** Answers `body` as JSON with a content-length, as the minimal node:http servers do. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** A minimal node:http server: each request's whole body, as text, goes to `handle`. */
export function serveBodies(handle: (text: string, res: ServerResponse) => Promise<void>): Promise<void> {
  return serve(
    createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => void handle(Buffer.concat(chunks).toString('utf8'), res));
    }),
  );
}
