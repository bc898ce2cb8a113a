import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The phone's voter page: its own small bundle (no framework), served only by the room server.
// `base: './'` for relative asset URLs, like the app.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../../dist/voter', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // Phones a few years old: iOS Safari 15, Chrome 100.
    target: ['es2020', 'safari15', 'chrome100'],
    assetsInlineLimit: 0,
  },
});
