/**
 * The environment every contestant gets: production, Connect at the bench's emulator with dummy
 * credentials, and the secret the bench's bearer token is signed with (only the gateway and the
 * feature peers check it).
 */
export function productionEnv(base: NodeJS.ProcessEnv, emulatorUrl: string, secret: string): NodeJS.ProcessEnv {
  const env = { ...base };
  // What the caller's shell may hold that would change how the contestants authenticate.
  for (const name of [
    'AWS_PROFILE',
    'AWS_SESSION_TOKEN',
    'AUTH_JWKS_URL',
    'AUTH_DISABLED',
    'AUTH_ISSUER',
    'AUTH_AUDIENCE',
  ])
    delete env[name];
  return {
    ...env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    METRICS_PORT: '0',
    CONNECT_BACKEND: 'aws',
    AWS_ENDPOINT_URL_CONNECT: emulatorUrl,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AUTH_JWT_SECRET: secret,
  };
}
