import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerBoundaries } from './eslint-rules/layerBoundaries.js';

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.outpost-dev/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.node } },
    plugins: { outpost: { rules: { 'layer-boundaries': layerBoundaries } } },
    rules: {
      'outpost/layer-boundaries': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/unit/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Command-line entry points print to the terminal on purpose.
    files: ['main/browser-mode/start.ts', 'main/sandbox/cli.ts', 'scripts/**', 'test/bench/**', 'test/scan/**'],
    rules: { 'no-console': 'off' },
  },
);
