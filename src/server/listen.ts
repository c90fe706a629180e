import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A listener that could not open: a start-up problem, told in one line that names the variables. */
export class ListenError extends Error {
  override name = 'ListenError';
}

/** Where a listener comes from in the configuration, and what an operator can do about a taken port. */
export interface ListenTarget {
  port: number;
  host: string;
  /** The variables that set them, e.g. PORT and HOST. */
  portVariable: string;
  hostVariable: string;
  /** Appended to the line of a taken port, e.g. "or METRICS_ENABLED=false". */
  alternative?: string;
}

function problem(error: NodeJS.ErrnoException, target: ListenTarget): string | undefined {
  const { port, host, portVariable, hostVariable } = target;
  switch (error.code) {
    case 'EADDRINUSE':
      return `${portVariable} ${port} is already in use on ${host}: set ${portVariable} to a free port${target.alternative ? `, ${target.alternative}` : ''}`;
    case 'EACCES':
      return `${portVariable} ${port} on ${host} is not allowed for this user: set ${portVariable} to a port above 1023`;
    case 'EADDRNOTAVAIL':
      return `${hostVariable} ${host} is not an address of this machine: set ${hostVariable} to one of its addresses, or 0.0.0.0`;
    default:
      return undefined;
  }
}

/**
 * Opens `server` on the target and resolves with the bound port (PORT=0 picks a free one). A port
 * that is taken or not allowed, or a host that is not the machine's, rejects with a ListenError;
 * any other error as it is.
 */
export function listen(server: Server, target: ListenTarget): Promise<number> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const line = problem(error, target);
      reject(line === undefined ? error : new ListenError(line));
    };
    server.once('error', failed);
    server.listen(target.port, target.host, () => {
      server.off('error', failed);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
