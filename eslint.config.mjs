import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.data/',
      '.tools/',
      'coverage/',
      'client-sdk/generated/',
      'client-sdk/dist/',
      'server/migrations/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        AbortSignal: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // GraphQL test responses are loosely typed on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  // Layer fences (DESIGN.md §2): domain imports nothing of ours; the deterministic workflow bundle
  // imports only @temporalio/workflow, domain and the workflow message files.
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/workflows/**', '**/client-sdk/**'],
              message: 'domain/ is pure: it imports nothing of ours.',
            },
            {
              group: ['@mikro-orm/*', '@temporalio/*', 'pg', 'graphql', 'type-graphql', 'node:*'],
              message: 'domain/ has no I/O.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['workflows/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            // Activities are only named by their types (proxyActivities); their code runs in the worker.
            {
              group: ['./activities/*'],
              allowTypeImports: true,
              message: 'Workflows call activities through proxyActivities, by type only.',
            },
            {
              group: ['**/server/**', '@mikro-orm/*', 'pg', 'graphql', 'type-graphql'],
              message: 'The workflow bundle is deterministic: no ORM, server code or I/O.',
            },
            {
              group: ['@temporalio/client', '@temporalio/worker', '@temporalio/activity', 'node:*'],
              message: 'Workflow code imports only @temporalio/workflow.',
            },
          ],
        },
      ],
    },
  },
  // server/store is what the API and the worker share: no use-case, GraphQL or Temporal client in it.
  {
    files: ['server/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/services/**', '**/resolvers/**', '**/graphql/**', '**/inputs/**'],
              message: 'server/store/ is shared persistence: no API use-cases or GraphQL.',
            },
            {
              group: ['graphql', 'type-graphql', '@temporalio/client'],
              message: 'server/store/ has no GraphQL and no Temporal client.',
            },
          ],
        },
      ],
    },
  },
  // Activities run in the worker: they share persistence through server/store, never the API's use-cases.
  {
    files: ['workflows/activities/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/services/**', '**/server/resolvers/**'],
              message: 'Activities use server/store, not API services or resolvers.',
            },
          ],
        },
      ],
    },
  },
  // Files stay small (DESIGN.md): 300 lines at most once formatted; tests are not held to it yet.
  {
    files: ['domain/**/*.ts', 'server/**/*.ts', 'workflows/**/*.ts', 'bench/**/*.ts', 'client-sdk/*.ts'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    files: ['**/*.cjs', 'jest.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
