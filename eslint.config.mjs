// @ts-check
import js from '@eslint/js';
import nextVitals from 'eslint-config-next/core-web-vitals';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      'functions/lib/**',
      'seed/**',
      '.cache/**',
      'hosting/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-definitions': 'off',
    },
  },
  {
    files: ['hosting/**/*.{ts,tsx}'],
    extends: [nextVitals],
    settings: { next: { rootDir: 'hosting' } },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/rules/**/*.ts'],
    rules: {
      // rules-unit-testing hands out a compat Firestore that the modular API accepts at run time
      // (its documented usage) but whose declared class differs.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
);
