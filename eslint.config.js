import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'test-results',
      'playwright-report',
      'public/api',
      '.bench',
      '.scratch',
      '.lighthouse',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Hostile data must never become markup or script.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML: data is untrusted.',
        },
        {
          selector: 'Literal[value=/^\\s*javascript:/i]',
          message: 'javascript: URLs run code; link only to https: URLs.',
        },
        {
          selector: 'TemplateElement[value.raw=/^\\s*javascript:/i]',
          message: 'javascript: URLs run code; link only to https: URLs.',
        },
      ],
      'no-script-url': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Tests may name hostile strings to prove they are refused.
    files: ['tests/**', '**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': 'off', 'no-script-url': 'off' },
  },
);
