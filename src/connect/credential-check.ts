import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ConnectClient } from '@aws-sdk/client-connect';

/**
 * Where the SDK's default credential chain looks, in its order, for the start-up line: the
 * environment, the profile of the shared files (with its SSO, assume-role, web identity and
 * credential_process settings), a web identity token, then container or instance metadata.
 */
function placesLooked(env: NodeJS.ProcessEnv): string {
  // The SDK's own defaults: HOME, else the OS's home directory.
  const home = env.HOME || homedir();
  const profile = env.AWS_PROFILE || 'default';
  const configFile = env.AWS_CONFIG_FILE || join(home, '.aws', 'config');
  const credentialsFile = env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials');
  const metadata =
    env.AWS_CONTAINER_CREDENTIALS_FULL_URI || env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI
      ? 'the container credentials endpoint (AWS_CONTAINER_CREDENTIALS_FULL_URI or _RELATIVE_URI)'
      : env.AWS_EC2_METADATA_DISABLED && env.AWS_EC2_METADATA_DISABLED !== 'false'
        ? 'not the EC2 instance metadata service (turned off by AWS_EC2_METADATA_DISABLED)'
        : 'the EC2 instance metadata service';
  return [
    'the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)',
    `profile "${profile}" (AWS_PROFILE) of ${configFile} and ${credentialsFile} (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE), with its SSO, role and credential_process settings`,
    'a web identity token (AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_ARN)',
    metadata,
  ].join('; ');
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]?.trim();

/**
 * Resolves the client's credentials once, through its own provider (the SDK's default chain unless
 * the client was given credentials): undefined when they resolve, else the one line that stops
 * start-up, saying where the SDK looked and what it last said.
 */
export async function missingCredentials(connect: ConnectClient, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    const credentials = await connect.config.credentials();
    if (credentials.accessKeyId.length > 0) return undefined;
    return `no AWS credentials for Connect: the SDK found an empty access key looking in ${placesLooked(env)}`;
  } catch (error) {
    return `no AWS credentials for Connect: the SDK looked in ${placesLooked(env)}; it said: ${firstLine(error)}`;
  }
}
