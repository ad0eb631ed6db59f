// Type-aware lint plus the layer import bans from docs/ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layerBan = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'web/dist', 'test-artifacts', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['describe', 'it', 'test', 'suite', 'before', 'after'],
            },
          ],
        },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: layerBan(
      ['node:*', '../importer/*', '../services/*', '../db/*', '../http/*', '../cli/*', '../exporter/*'],
      'core is pure: no IO and no outer layers',
    ),
  },
  {
    files: ['src/importer/**/*.ts'],
    rules: layerBan(
      ['../services/*', '../db/*', '../http/*', '../cli/*', '../exporter/*'],
      'the importer depends on core only',
    ),
  },
  {
    files: ['src/services/**/*.ts'],
    rules: layerBan(
      ['**/db/**', '**/http/**', '**/cli/**', '**/importer/**', '**/exporter/**'],
      'services declare repository types; db implements them, and outer layers call services',
    ),
  },
  {
    files: ['src/db/**/*.ts'],
    rules: layerBan(
      ['**/http/**', '**/cli/**', '**/importer/**', '**/exporter/**'],
      'db serves the services only',
    ),
  },
  {
    files: ['src/http/**/*.ts'],
    rules: layerBan(
      ['**/db/**', '**/cli/**', '**/importer/**'],
      'http reaches storage only through services',
    ),
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false, program: null, project: false },
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
);
