import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The dev server's hot reload needs an inline preamble script and a websocket, which the app's CSP
 * (rightly) forbids. Only `npm run dev` relaxes it; every build keeps the CSP of index.html as written.
 */
function devCsp(): Plugin {
  return {
    name: 'ospo-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://127.0.0.1:*");
    },
  };
}

// `base: './'` because the packaged app loads the renderer from the app:// scheme and the
// browser mode serves it from any path: every asset URL must be relative.
export default defineConfig({
  root,
  base: './',
  plugins: [react(), devCsp()],
  define: {
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    assetsInlineLimit: 0,
    // Everything the first screen imports stays in one file. Without this group, each module the entry
    // shares with lazily loaded code (the catalog, the platform, small helpers) became a file of its own
    // that index.html preloads: more requests and several KB more gzipped JavaScript on first load.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
    },
  },
  server: { host: '127.0.0.1', strictPort: false },
});
