import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  method?: string;
  /** Sent exactly as given: `//graphql`, `/graphql;x` and `/%2Fgraphql` are not normalised. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Sends the body with Transfer-Encoding: chunked (no content-length). */
  chunked?: boolean;
  /** Does not end the body: the answer must come before the body is read (e.g. a 404). */
  open?: boolean;
}

/** One request over node:http to the gateway at `base`, with full control of path and framing. */
export function rawRequest(base: string, options: RawRequest): Promise<RawAnswer> {
  const { host, port } = new URL(base);
  const body = options.body ?? '';
  const framing: Record<string, string> =
    options.chunked || options.open
      ? { 'transfer-encoding': 'chunked' }
      : { 'content-length': String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: host.split(':')[0],
        port,
        method: options.method ?? 'POST',
        path: options.path,
        headers: { ...(options.method === 'GET' ? {} : framing), ...options.headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text });
          req.destroy();
        });
      },
    );
    req.on('error', reject);
    if (options.method === 'GET') req.end();
    else if (options.open) req.write(body);
    else req.end(body);
  });
}
