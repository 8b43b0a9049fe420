import type { CodegenConfig } from '@graphql-codegen/cli';

// The typed SDK: operation result/variable types and TypedDocumentNodes for every document in
// schema/operations. CI regenerates it and fails on any difference, so nothing here may depend on
// time, environment or file-system order.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/**/*.graphql'],
  generates: {
    'client-sdk/generated/': {
      preset: 'client',
      presetConfig: {
        // Results are plain typed objects; no useFragment() unmasking.
        fragmentMasking: false,
      },
      config: {
        // Runtime objects plus union types, so callers can write Decision.APPROVE or 'APPROVE'.
        enumType: 'const',
        namingConvention: { enumValues: 'keep' },
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          DateTimeISO: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
