import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface InFlightProxy {
  /** Point the SDK client here; requests are forwarded to `target`. */
  url: string;
  /** The emulator's URL; set once it is known. */
  target: string;
  /** Requests received and not yet fully answered. */
  readonly inFlight: number;
  /** Highest `inFlight` since the last reset. */
  readonly maxInFlight: number;
  reset(): void;
  close(): Promise<void>;
}

/**
 * A loopback HTTP proxy in front of the emulator that counts requests in flight (from arrival to
 * the end of the answer), so a test can assert how many Connect calls ran at the same time.
 */
export async function startInFlightProxy(): Promise<InFlightProxy> {
  let inFlight = 0;
  let maxInFlight = 0;
  const proxy = {
    url: '',
    target: '',
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    reset() {
      maxInFlight = inFlight;
    },
    close: () => closeServer(server),
  };
  const server: Server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let done = false;
    const finish = () => {
      if (!done) inFlight--;
      done = true;
    };
    res.on('close', finish);
    const upstream = request(
      new URL(req.url ?? '/', proxy.target),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
