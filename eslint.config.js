// @ts-check
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', '**/fixtures/**/output.mdx', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { parser: tseslint.parser, project: null, projectService: false } },
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  // Boundaries: the site never depends on tools or tests, tools and packages never on tests,
  // packages never on the site or the tools (they are what both build on).
  {
    files: ['**/*.{ts,mjs,js,astro}'],
    plugins: { 'import-x': importX },
    // no-cycle reads the imported modules itself: it needs to resolve `./x.ts` and parse TypeScript.
    settings: {
      'import-x/resolver-next': [createNodeResolver()],
      'import-x/extensions': ['.ts', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mts'] },
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: './src',
              from: ['./scripts', './e2e'],
              message: 'The site must not depend on tools or tests; move shared code to packages/.',
            },
            {
              target: './packages',
              from: ['./src', './scripts', './e2e'],
              message: 'Packages stand alone: the site and the tools build on them, not the other way round.',
            },
            {
              target: './scripts',
              from: './e2e',
              except: [],
              message: 'Tools must not depend on tests; move shared helpers to scripts/lib.',
            },
          ],
        },
      ],
      // A cycle hides which module is the lower layer; move the shared type or helper into a file both import.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
);
