import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the operations in operations/ (used by the tests and shown to frontends).
// The schema is the checked-in schema.graphql, which a test keeps equal to the code. Output is
// committed; CI runs `graphql-codegen --check` so it cannot drift.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['operations/**/*.graphql'],
  ignoreNoDocuments: false,
  importExtension: '.ts',
  generates: {
    'operations/generated/': {
      preset: 'client',
      // persisted-documents.json (sha256 → document): the safelist the server enforces with
      // PERSISTED_OPERATIONS=only; the hash is also embedded in each typed document for clients.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // Long answers a string of digits and accepts one (or a safe integer): see its description.
        scalars: { DateTime: 'string', JSON: 'unknown', Long: { input: 'string | number', output: 'string' } },
        strictScalars: true,
      },
    },
    // Which object types each union and interface (Error) stands for. A normalising client cache
    // needs it to match `... on Error { message }`: Apollo Client's InMemoryCache({ possibleTypes })
    // (the v3 format, which v4 reads too) and urql graphcache. docs/frontend-guide.md shows both.
    'operations/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, deterministic: true },
    },
    // The schema, minified (no descriptions, inputs or enums), for urql graphcache's `schema` option:
    // with it graphcache matches fragments exactly when it writes, where with possibleTypes alone it
    // walks every member's fragment and warns (its warning 13) about the fields that are absent.
    'operations/generated/urql-schema.ts': {
      plugins: ['urql-introspection'],
      config: { useTypeImports: true },
    },
  },
};

export default config;
