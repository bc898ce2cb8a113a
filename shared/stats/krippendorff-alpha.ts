/**
 * Krippendorff's alpha, α = 1 − Dₒ/Dₑ, from the coincidence matrix (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability", https://repository.upenn.edu/asc_papers/43). Rows are coders
 * (participants), columns are units (questions), null is a missing value. Units with fewer than two
 * values are not pairable and are dropped. Returns NaN when α is undefined (no pairable values, or
 * Dₑ = 0 because every value is the same).
 */

export type AlphaLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

const LEVELS: readonly AlphaLevel[] = ['nominal', 'ordinal', 'interval', 'ratio'];

export function krippendorffAlpha(data: readonly (readonly (number | null)[])[], level: AlphaLevel): number {
  if (!LEVELS.includes(level)) {
    throw new RangeError(
      `krippendorffAlpha: level must be one of ${LEVELS.join(', ')}, got ${String(level)}`,
    );
  }
  checkData(data);
  return level === 'interval' ? intervalAlpha(data) : coincidenceAlpha(data, level);
}

function checkData(data: readonly (readonly (number | null)[])[]): void {
  if (data.length === 0)
    throw new RangeError('krippendorffAlpha: data is empty; at least one coder (row) is needed');
  const units = (data[0] as readonly (number | null)[]).length;
  data.forEach((row, r) => {
    if (row.length !== units) {
      throw new RangeError(`krippendorffAlpha: data[${r}] has ${row.length} units but data[0] has ${units}`);
    }
    row.forEach((v, u) => {
      if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
        throw new RangeError(
          `krippendorffAlpha: data[${r}][${u}] must be a finite number or null, got ${String(v)}`,
        );
      }
    });
  });
}

/**
 * Interval α without a coincidence matrix: with δ² = (c − k)², the sum over all ordered pairs within a
 * unit is 2·m·Σ(v − v̄)², so Dₒ and Dₑ follow from per-unit and overall sums in one pass over the data.
 * Algebraically identical to the matrix form (Krippendorff 2011, eq. for interval data).
 */
function intervalAlpha(data: readonly (readonly (number | null)[])[]): number {
  const units = (data[0] as readonly (number | null)[]).length;
  let pairable = 0;
  let total = 0;
  let observed = 0;
  // Values of all pairable units are kept so Dₑ can be computed around their mean (numerically stable).
  const pooled: number[] = [];
  for (let u = 0; u < units; u++) {
    let m = 0;
    let sum = 0;
    for (const row of data) {
      const v = row[u];
      if (v !== null && v !== undefined) {
        m++;
        sum += v;
      }
    }
    if (m < 2) continue;
    const mean = sum / m;
    let squares = 0;
    for (const row of data) {
      const v = row[u];
      if (v !== null && v !== undefined) {
        squares += (v - mean) * (v - mean);
        pooled.push(v);
      }
    }
    observed += (2 * m * squares) / (m - 1);
    pairable += m;
    total += sum;
  }
  if (pairable < 2) return Number.NaN;
  const grandMean = total / pairable;
  let grandSquares = 0;
  for (const v of pooled) grandSquares += (v - grandMean) * (v - grandMean);
  const expected = 2 * pairable * grandSquares;
  if (expected === 0) return Number.NaN;
  // Dₒ/Dₑ = (observed / n) / (expected / (n (n − 1))).
  return 1 - ((pairable - 1) * observed) / expected;
}

function coincidenceAlpha(data: readonly (readonly (number | null)[])[], level: AlphaLevel): number {
  const units = (data[0] as readonly (number | null)[]).length;
  const distinct = new Set<number>();
  for (const row of data) for (const v of row) if (v !== null) distinct.add(v);
  const values = [...distinct].sort((a, b) => a - b);
  const indexOf = new Map<number, number>(values.map((value, i) => [value, i]));
  const unitCounts: Float64Array[] = [];
  for (let u = 0; u < units; u++) {
    const counts = new Float64Array(values.length);
    for (const row of data) {
      const value = row[u];
      if (value !== null && value !== undefined) {
        const c = indexOf.get(value) as number;
        counts[c] = (counts[c] as number) + 1;
      }
    }
    unitCounts.push(counts);
  }
  return alphaFromUnitCounts(unitCounts, values, level);
}

/**
 * α from per-unit counts of each value: unitCounts[u][c] = how many coders gave unit u the value
 * values[c] (values ascending). Callers that already hold frequencies per unit (the scoring engine has
 * them per question) skip building a coders × units matrix. Values nobody used may be listed: they have
 * a zero marginal and change nothing.
 */
export function alphaFromUnitCounts(
  unitCounts: readonly ArrayLike<number>[],
  values: readonly number[],
  level: AlphaLevel,
): number {
  const v = values.length;
  const coincidences = new Float64Array(v * v);
  let pairable = 0;
  for (const counts of unitCounts) {
    let m = 0;
    for (let c = 0; c < v; c++) m += counts[c] as number;
    if (m < 2) continue;
    pairable += m;
    for (let c = 0; c < v; c++) {
      const nc = counts[c] as number;
      if (nc === 0) continue;
      for (let k = 0; k < v; k++) {
        const nk = counts[k] as number;
        if (nk === 0) continue;
        const pairs = c === k ? nc * (nc - 1) : nc * nk;
        coincidences[c * v + k] = (coincidences[c * v + k] as number) + pairs / (m - 1);
      }
    }
  }
  if (pairable < 2) return Number.NaN;
  const marginals = new Float64Array(v);
  for (let c = 0; c < v; c++) {
    let sum = 0;
    for (let k = 0; k < v; k++) sum += coincidences[c * v + k] as number;
    marginals[c] = sum;
  }
  const delta = differenceFunction(level, values, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < v; c++) {
    for (let k = 0; k < v; k++) {
      if (c === k) continue;
      const d = delta(c, k);
      observed += (coincidences[c * v + k] as number) * d;
      expected += (marginals[c] as number) * (marginals[k] as number) * d;
    }
  }
  if (expected === 0) return Number.NaN;
  return 1 - ((pairable - 1) * observed) / expected;
}

/** Squared difference δ²(c, k) between value indices (Krippendorff 2011, section on metrics). */
function differenceFunction(
  level: AlphaLevel,
  values: readonly number[],
  marginals: Float64Array,
): (c: number, k: number) => number {
  switch (level) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'ordinal': {
      // δ²(c, k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², with cumulative sums of the marginals.
      const cumulative = new Float64Array(marginals.length + 1);
      for (let g = 0; g < marginals.length; g++) {
        cumulative[g + 1] = (cumulative[g] as number) + (marginals[g] as number);
      }
      return (c, k) => {
        const lo = Math.min(c, k);
        const hi = Math.max(c, k);
        const between =
          (cumulative[hi + 1] as number) -
          (cumulative[lo] as number) -
          ((marginals[lo] as number) + (marginals[hi] as number)) / 2;
        return between * between;
      };
    }
    case 'interval':
      return (c, k) => ((values[c] as number) - (values[k] as number)) ** 2;
    case 'ratio':
      return (c, k) => {
        const a = values[c] as number;
        const b = values[k] as number;
        return a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
      };
  }
}
