import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/*.tmp.mts',
      'dist/',
      'node_modules/',
      'test-results/',
      'artifacts/',
      'screenshots/',
      'web-ext-artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Page and pack text is untrusted: it is rendered as text, never as markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render untrusted text with textContent or Preact.' },
        { property: 'outerHTML', message: 'Render untrusted text with textContent or Preact.' },
        {
          property: 'insertAdjacentHTML',
          message: 'Render untrusted text with textContent or Preact.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No HTML from strings.',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-empty-pattern': 'off', // Playwright fixtures take `{}` when they need no other fixture.
    },
  },
  {
    // The engine and pack code are pure: no browser or extension globals, nothing from the extension.
    files: ['src/engine/**/*.ts', 'src/pack/**/*.ts', 'src/world/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/extension/**', 'webextension-polyfill', 'preact', 'preact/*'],
              message: 'The engine is pure.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the platform seam talks to the WebExtension API.
    files: ['src/extension/**/*.{ts,tsx}'],
    ignores: ['src/extension/platform/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'webextension-polyfill',
              message: 'Use src/extension/platform/browser-api.ts.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'Use src/extension/platform/browser-api.ts.' },
        { name: 'browser', message: 'Use src/extension/platform/browser-api.ts.' },
      ],
    },
  },
);
