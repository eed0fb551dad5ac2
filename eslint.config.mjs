// ESLint 9 flat config: Next.js (core web vitals, React, hooks), typescript-eslint and the
// full jsx-a11y recommended set. `npm run lint` runs it with zero warnings allowed.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';

const config = [
  ...nextVitals,
  ...nextTypeScript,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A leading underscore marks a value left out on purpose (rest destructuring, fixed signatures).
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    ignores: [
      '.next*/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'db/migrations/**',
      'next-env.d.ts',
      'data/**',
      '.data*/**',
    ],
  },
];

export default config;
