import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, exportJWK, generateKeyPair, type JWK } from 'jose';

export interface JwksServer {
  url: string;
  rsa: { privateKey: CryptoKey; publicJwk: JWK };
  ec: { privateKey: CryptoKey; publicJwk: JWK };
  close(): Promise<void>;
}

/** A local issuer: an RS256 and an ES256 key pair, their public halves served as a JWKS. */
export async function startJwksServer(): Promise<JwksServer> {
  const rsaPair = await generateKeyPair('RS256', { extractable: true });
  const ecPair = await generateKeyPair('ES256', { extractable: true });
  const rsaJwk = { ...(await exportJWK(rsaPair.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' };
  const ecJwk = { ...(await exportJWK(ecPair.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' };
  const body = JSON.stringify({ keys: [rsaJwk, ecJwk] });
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    rsa: { privateKey: rsaPair.privateKey, publicJwk: rsaJwk },
    ec: { privateKey: ecPair.privateKey, publicJwk: ecJwk },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
