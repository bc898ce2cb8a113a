// Bundles a page-side seeding script (by default seed.page.ts) for the page: benchmarks and tests seed
// through the app's own repositories, in the page's origin (where the app's database lives), by
// evaluating this script there.
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { repoRoot } from '../../support/build-renderer';

/** The name the bundle gives its exports in the page (`window.<name>.seedWorkshop`). */
export const SEED_GLOBAL = '__benchSeed';

export async function seedBundle(
  entry = 'test/bench/latency/seed.page.ts',
  name = SEED_GLOBAL,
): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root: repoRoot,
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: {
        entry: path.join(repoRoot, entry),
        formats: ['iife'],
        name,
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('The seeding bundle has no script.');
  return chunk.code;
}
