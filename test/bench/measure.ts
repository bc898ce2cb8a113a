/** Timing and heap helpers for the benchmarks. Run node with --expose-gc so heap figures are meaningful. */

const gc: () => void = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
export const gcAvailable = (globalThis as { gc?: () => void }).gc !== undefined;

export interface Measurement {
  medianMs: number;
  runs: number;
  /** Largest heap in use observed right after a run (MB). */
  peakHeapMB: number;
  /** Largest growth of the heap across a single run, from a collected heap (MB): what one recompute holds. */
  heapGrowthMB: number;
}

const MB = 1024 * 1024;

/**
 * Runs `fn` `warmup` times so the JIT settles, then `runs` timed runs back to back (steady state, as when
 * the app recomputes after every vote; a forced collection before each run would shrink the young
 * generation and bill its regrowth to the run). Heap growth is probed separately: from a collected heap,
 * how much one run leaves allocated.
 */
export function measure(fn: () => unknown, warmup: number, runs: number): Measurement {
  // Results are kept reachable in `kept` so the engine's work cannot be optimized away and the heap probe
  // sees what one run holds.
  const kept: unknown[] = [];
  for (let i = 0; i < warmup; i++) kept[0] = fn();
  const times: number[] = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    kept[0] = fn();
    times.push(performance.now() - start);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  let growth = 0;
  for (let i = 0; i < 3; i++) {
    kept.length = 0;
    gc();
    const before = process.memoryUsage().heapUsed;
    kept[0] = fn();
    const after = process.memoryUsage().heapUsed;
    growth = Math.max(growth, after - before);
    peak = Math.max(peak, after);
  }
  return { medianMs: medianOf(times), runs, peakHeapMB: peak / MB, heapGrowthMB: growth / MB };
}

export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Rounds for printing so the JSON stays readable. */
export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
