// @ts-check
/**
 * Lint: ESLint's and typescript-eslint's recommended rules for TypeScript, eslint-plugin-astro's
 * for components. Type-aware rules are left to `astro check` (tsc), which already runs in CI.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['**/node_modules/', '**/dist/', '**/.astro/', '.cache/', 'bench/out/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Astro reads a component's `Props` interface by name; it is used even when nothing references it.
    files: ['**/*.astro'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^(_|Props$)' }] },
  },
);
