import path from 'node:path';
import { defineConfig } from 'vitest/config';

const shared = {
  resolve: {
    alias: {
      '@': import.meta.dirname,
      // `server-only` throws outside React Server Components; the tests are server code.
      'server-only': path.join(import.meta.dirname, 'test/support/empty.ts'),
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      { ...shared, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        ...shared,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // next-auth imports `next/server` without an extension, which Node's own ESM loader
          // refuses; letting Vite load it resolves the import as Next's bundler does.
          server: { deps: { inline: ['next-auth'] } },
        },
      },
    ],
  },
});
