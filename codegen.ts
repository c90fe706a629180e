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
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        strictScalars: true,
      },
    },
  },
};

export default config;
