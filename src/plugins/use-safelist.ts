import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../error-codes.ts';

const MANIFEST_URL = new URL('../../operations/generated/persisted-documents.json', import.meta.url);

/** A persisted operation's hash as the manifest's keys are looked up: the hex, without `sha256:`. */
export const bareHash = (hash: string): string => hash.replace(/^sha256:/, '');

/** codegen's manifest, keyed by the bare sha256 hex (the manifest writes `sha256:<hex>`). */
export function loadPersistedDocuments(url: URL = MANIFEST_URL): ReadonlyMap<string, string> {
  const manifest = JSON.parse(readFileSync(url, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(manifest).map(([hash, document]) => [bareHash(hash), document]));
}

/**
 * Persisted operations by Apollo's `extensions.persistedQuery.sha256Hash`, from the manifest that
 * `npm run codegen` writes for operations/*.graphql. `only` (PERSISTED_OPERATIONS=only) refuses any
 * other document; `allow` (the default, and what a subgraph behind a router needs) also runs them.
 */
export function useSafelist(mode: 'allow' | 'only'): Plugin {
  const documents = loadPersistedDocuments();
  return usePersistedOperations({
    allowArbitraryOperations: mode === 'allow',
    // A body with neither a query nor a hash is a client mistake, said as GraphQL servers say it.
    customErrors: {
      keyNotFound: {
        message:
          mode === 'allow'
            ? 'Must provide query string.'
            : 'Must provide a persisted operation (extensions.persistedQuery.sha256Hash).',
        extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } },
      },
    },
    getPersistedOperation: (hash) => documents.get(bareHash(hash)) ?? null,
  });
}
