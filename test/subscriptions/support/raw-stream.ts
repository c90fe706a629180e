import { connect, type Socket } from 'node:net';
import { print } from 'graphql';
import { ContactChangedDocument } from '../../../operations/generated/graphql.ts';
import { INSTANCE_ID } from '../../support/fixtures.ts';

/** An HTTP/1.1 POST of contactChanged asking for text/event-stream, as bytes on a socket. */
export function subscriptionRequest(url: string, headers: Record<string, string> = {}): string {
  const { host, pathname } = new URL(url);
  const body = JSON.stringify({ query: print(ContactChangedDocument), variables: { instanceId: INSTANCE_ID } });
  const lines = Object.entries({ 'content-type': 'application/json', accept: 'text/event-stream', ...headers }).map(
    ([name, value]) => `${name}: ${value}\r\n`,
  );
  return `POST ${pathname} HTTP/1.1\r\nhost: ${host}\r\n${lines.join('')}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** A TCP connection to the gateway whose received bytes are kept as text. */
export async function rawConnection(url: string): Promise<{ socket: Socket; received: () => string }> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let text = '';
  socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { socket, received: () => text };
}
