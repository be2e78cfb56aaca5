import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

/**
 * The layers of src/, from the top: app → features → components → format → lib → config.
 * A file may import from the layers below its own, never from those above:
 * each zone forbids files in `target` to import from `from`. The format (the
 * published data: schemas, limits, layouts) sits below every view, since
 * scripts/ publishes it with the same code the app reads it with.
 */
const LAYER_ZONES = [
  { target: './src/features', from: './src/app', message: 'Features never import the app.' },
  {
    target: './src/components',
    from: ['./src/app', './src/features'],
    message: 'Shared components know no route and no feature.',
  },
  {
    target: './src/format',
    from: ['./src/app', './src/features', './src/components'],
    message: 'The format is data shared with scripts/: it knows no route, feature or view.',
  },
  {
    target: './src/lib',
    from: ['./src/app', './src/features', './src/components', './src/format'],
    message: 'lib is below every other layer.',
  },
  {
    target: './src/config',
    from: ['./src/app', './src/features', './src/components', './src/format', './src/lib'],
    message: 'config depends on nothing in the app.',
  },
];

/**
 * The jobs inside features/reviews/list/: the address (the URL's filters),
 * the engine (works out any list), the data (where a list comes from), the
 * view. Each may import only the jobs named before it.
 */
const LIST = './src/features/reviews/list';
const LIST_ZONES = [
  {
    target: `${LIST}/address`,
    from: [`${LIST}/engine`, `${LIST}/data`, `${LIST}/view`],
    message: 'The address reads and writes the URL alone: no engine, data or view.',
  },
  {
    target: `${LIST}/engine`,
    from: [`${LIST}/data`, `${LIST}/view`],
    message: 'The engine works out lists; it never decides where they come from, nor draws them.',
  },
  { target: `${LIST}/data`, from: `${LIST}/view`, message: "A list's data knows no view." },
];

/**
 * What the build's code (scripts/, vite.config.ts) may import from src/: the
 * format, config and lib, and the server renderer's types (the prerenderer
 * runs its build). The rest is the browser's app: built, never run in Node.
 */
const BUILD_ZONES = [
  {
    target: ['./scripts', './vite.config.ts'],
    from: './src',
    except: ['./format', './config', './lib', './entry-server.tsx'],
    message: 'scripts/ and vite.config.ts import only src/format, src/config, src/lib and src/entry-server.tsx.',
  },
];

export default tseslint.config(
  {
    ignores: [
      // dist/, dist-server/ and the other builds the tests and scripts make.
      'dist*',
      'coverage',
      'test-results',
      'playwright-report',
      'public/api',
      '.bench',
      '.scratch',
      '.lighthouse',
      // Mutation testing: Stryker's sandboxes (instrumented copies of the code) and its reports.
      '.stryker-tmp*',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      // Dependencies flow one way, and never in a circle.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...LAYER_ZONES, ...LIST_ZONES, ...BUILD_ZONES] }],
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
    // The app never imports tests or build scripts: they run in Node, not in the browser.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...LAYER_ZONES,
            ...LIST_ZONES,
            { target: './src', from: ['./tests', './scripts'], message: 'The app never ships test or build code.' },
          ],
        },
      ],
    },
  },
  {
    // Tests may name hostile strings to prove they are refused.
    files: ['tests/**', '**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': 'off', 'no-script-url': 'off' },
  },
);
