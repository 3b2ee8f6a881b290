import js from '@eslint/js';
import react from 'eslint-plugin-react';
import tseslint from 'typescript-eslint';

// Layers (docs/ARCHITECTURE.md): domain ← protocol ← server, web. Lint keeps the arrows one way.
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'bench/results/**', 'test-results/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'No export * barrels: import from the file that owns the export.' },
      ],
    },
  },
  layer(['src/domain/**'], ['**/protocol/**', '**/server/**', '**/web/**', 'node:*', 'fastify', 'drizzle-orm*', 'react*'], 'src/domain is pure: it imports only its own files and zod.'),
  layer(['src/protocol/**'], ['**/server/**', '**/web/**', 'node:*'], 'src/protocol is shared by server and web: it may import only domain and zod.'),
  layer(['src/web/**'], ['**/server/**', 'node:*', 'drizzle-orm*', 'fastify*', 'pg'], 'The web app never imports server code.'),
  layer(['src/server/**'], ['**/web/**', 'react*'], 'The server never imports web code.'),
  {
    files: ['src/web/**/*.tsx'],
    plugins: { react },
    settings: { react: { version: '19' } },
    rules: {
      // Every text a person reads goes through the i18n catalogues (Danish and English).
      'react/jsx-no-literals': ['error', { noStrings: true, ignoreProps: true, allowedStrings: ['·', '–', '—', '/', ':', '×', '+', '−', '•', '(', ')', '…', '%'] }],
    },
  },
);
