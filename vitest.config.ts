import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          setupFiles: ['test/support/messages-setup.ts'],
          include: [
            'test/unit/shared/**/*.test.ts',
            'test/unit/electron/**/*.test.ts',
            'test/unit/tooling/**/*.test.ts',
            // Renderer code that must run without a DOM (the PDF report, also rendered from the command line).
            'test/unit/renderer/**/*.node.test.ts',
          ],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          exclude: ['test/unit/renderer/**/*.node.test.ts'],
          setupFiles: ['test/support/messages-setup.ts', 'test/support/jsdom-setup.ts'],
          // Screen tests type and click like a user; on 2 busy cores beside the node project they can
          // pass 5 s without anything being wrong.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          setupFiles: ['test/support/messages-setup.ts'],
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
