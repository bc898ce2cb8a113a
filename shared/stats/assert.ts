/**
 * Input checks shared by the statistics. Every check throws a RangeError whose message names the
 * function and what is wrong, so a caller (a screen, the report, an external tool) can show it as is.
 */

export function assertFiniteNumbers(fn: string, what: string, values: readonly number[]): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new RangeError(`${fn}: ${what}[${i}] must be a finite number, got ${String(v)}`);
    }
  }
}

export function assertNonEmpty(fn: string, what: string, values: readonly unknown[]): void {
  if (values.length === 0) throw new RangeError(`${fn}: ${what} is empty; at least one value is needed`);
}

/** Frequencies are non-negative finite counts with a positive total; returns the total. */
export function assertFrequencies(fn: string, frequencies: readonly number[], minCategories: number): number {
  if (frequencies.length < minCategories) {
    throw new RangeError(
      `${fn}: needs at least ${minCategories} categories, got ${frequencies.length} frequencies`,
    );
  }
  assertFiniteNumbers(fn, 'frequencies', frequencies);
  let total = 0;
  for (let i = 0; i < frequencies.length; i++) {
    const f = frequencies[i] as number;
    if (f < 0) throw new RangeError(`${fn}: frequencies[${i}] is negative (${f}); counts must be ≥ 0`);
    total += f;
  }
  if (total <= 0) throw new RangeError(`${fn}: all frequencies are zero; at least one count is needed`);
  return total;
}
