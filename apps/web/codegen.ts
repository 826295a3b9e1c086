import type { CodegenConfig } from '@graphql-codegen/cli';

// The API's schema.graphql is the contract; typed documents are generated from it and committed.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  hooks: { afterAllFileWrite: ['node scripts/rewrite-gql-imports.mjs'] },
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
