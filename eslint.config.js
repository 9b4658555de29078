// One lint config for the whole repo. Its main job is architectural: dependencies point one way
// (server, worker → drizzle → flows; web → flows + server *types*), flows stays pure, and workflow code
// stays deterministic (no Node built-ins, no database) so Temporal can replay it.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const restrict = (message, paths, extra = []) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    { paths: paths.map((name) => ({ name, message })), patterns: extra.length ? [{ group: extra, message }] : [] },
  ],
});

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', 'test-artifacts/**', 'drizzle/migrations/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['flows/src/**/*.ts'],
    rules: restrict(
      'flows/ is pure: no I/O, no Node built-ins, no React, no Temporal, no other workspace.',
      [...nodeBuiltins, 'react', 'pg', 'drizzle-orm'],
      ['@switchboard/*', '@temporalio/*', 'react-*', '@electric-sql/*'],
    ),
  },
  {
    files: ['drizzle/src/**/*.ts'],
    rules: restrict('drizzle/ depends only on flows.', [], ['@switchboard/worker*', '@switchboard/server*', '@switchboard/web*']),
  },
  {
    files: ['worker/src/**/*.ts'],
    ignores: ['worker/src/workflows/**'],
    rules: restrict('worker/ must not depend on server or web.', [], ['@switchboard/server*', '@switchboard/web*']),
  },
  {
    files: ['worker/src/workflows/**/*.ts'],
    rules: restrict(
      'Workflow code runs in the deterministic Temporal sandbox: no Node built-ins, no database, no activities by value.',
      nodeBuiltins,
      ['@switchboard/drizzle*', '@switchboard/server*', '@switchboard/web*', 'pg', 'drizzle-orm*', '@temporalio/client', '@temporalio/worker'],
    ),
  },
  {
    files: ['server/src/**/*.ts'],
    rules: restrict('server/ must not depend on web.', [], ['@switchboard/web*']),
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@switchboard/drizzle*', '@switchboard/worker*'], message: 'web/ reaches the backend only through tRPC.' },
            { group: ['@switchboard/server*'], message: 'web/ may import server *types* only.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
);
