// ESLint flat config: the recommended JavaScript and typescript-eslint rules for the
// sources, tests, scripts and benchmarks; built output (lib/, dist/) is not linted.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'lib/', 'coverage/', '.bench/', '.lib-build/', '.dist-build/', '.post-build/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // A leading underscore marks a parameter kept for its position (a callback's signature).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }]
    }
  },
  {
    // The neutraliser exists to find control characters and escape sequences in server text.
    files: ['src/core/neutralize.ts'],
    rules: { 'no-control-regex': 'off' }
  },
  {
    // CommonJS benchmark probes.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
);
