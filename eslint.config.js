// ESLint flat config: the recommended JavaScript and typescript-eslint rules for the
// sources, tests, scripts and benchmarks; built output (lib/, dist/) is not linted.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'lib/', 'coverage/', '.bench/', '.lib-build/', '.dist-build/']),
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
    // Finding control characters is the point of these: the neutraliser of server text, the
    // check of an absolute URI (custom grant names, resource indicators), and the tests that
    // feed them hostile bytes.
    files: ['src/core/neutralize.ts', 'src/core/urls.ts', '__tests__/**/*.ts'],
    rules: { 'no-control-regex': 'off' }
  },
  {
    // CommonJS benchmark probes.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
);
