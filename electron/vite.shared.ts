/**
 * Common settings for the two Electron bundles: one CommonJS file each, everything bundled except
 * `electron` and Node's built-ins, so the package needs no node_modules at run time.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

const external = ['electron', /^electron\/.+/, /^node:/, ...builtinModules];

/** `entry` and `outDir` are relative to the project root (or absolute). */
export function electronBundle(entry: string, outDir: string, target: 'node' | 'browser'): UserConfig {
  return {
    root: projectRoot,
    publicDir: false,
    logLevel: 'warn',
    // The main process resolves packages like Node; the sandboxed preload like a browser page.
    resolve: {
      conditions: target === 'node' ? ['node', 'import', 'default'] : ['browser', 'import', 'default'],
    },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: path.resolve(projectRoot, outDir),
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: {
        entry: path.resolve(projectRoot, entry),
        formats: ['cjs'],
        fileName: () => 'index.cjs',
      },
      rolldownOptions: { external, output: { codeSplitting: false } },
    },
  };
}
