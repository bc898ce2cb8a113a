import { assertFiniteNumbers, assertNonEmpty } from './assert';

/**
 * Opinion pools for archetype mixes (Stone 1961; Genest & Zidek 1986, Statistical Science 1:114).
 * Weights default to equal and are normalized to sum 1.
 */

/** Linear pool p(k) = Σ wᵢ pᵢ(k): keeps every category anyone sees; methods.md's default. */
export function linearPool(mixes: readonly (readonly number[])[], weights?: readonly number[]): number[] {
  const w = checkPoolInput('linearPool', mixes, weights);
  const k = (mixes[0] as readonly number[]).length;
  const pooled = new Array<number>(k).fill(0);
  mixes.forEach((mix, i) => {
    const wi = w[i] as number;
    for (let c = 0; c < k; c++) pooled[c] = (pooled[c] as number) + wi * (mix[c] as number);
  });
  return pooled;
}

/**
 * Geometric pool p(k) ∝ Π pᵢ(k)^wᵢ, renormalized. A single zero vetoes a category. When every category
 * is vetoed by someone the pool is undefined and every entry is NaN.
 */
export function geometricPool(mixes: readonly (readonly number[])[], weights?: readonly number[]): number[] {
  const w = checkPoolInput('geometricPool', mixes, weights);
  const k = (mixes[0] as readonly number[]).length;
  const pooled = new Array<number>(k).fill(0);
  let total = 0;
  for (let c = 0; c < k; c++) {
    // Work in logs so many small shares do not underflow.
    let logSum = 0;
    let vetoed = false;
    for (let i = 0; i < mixes.length; i++) {
      const wi = w[i] as number;
      if (wi === 0) continue;
      const p = (mixes[i] as readonly number[])[c] as number;
      if (p === 0) {
        vetoed = true;
        break;
      }
      logSum += wi * Math.log(p);
    }
    const value = vetoed ? 0 : Math.exp(logSum);
    pooled[c] = value;
    total += value;
  }
  if (total === 0) return pooled.fill(Number.NaN);
  return pooled.map((v) => v / total);
}

function checkPoolInput(
  fn: string,
  mixes: readonly (readonly number[])[],
  weights: readonly number[] | undefined,
): number[] {
  assertNonEmpty(fn, 'mixes', mixes);
  const k = (mixes[0] as readonly number[]).length;
  if (k === 0) throw new RangeError(`${fn}: mixes[0] is empty; at least one category is needed`);
  mixes.forEach((mix, i) => {
    if (mix.length !== k)
      throw new RangeError(`${fn}: mixes[${i}] has ${mix.length} entries but mixes[0] has ${k}`);
    assertFiniteNumbers(fn, `mixes[${i}]`, mix);
    mix.forEach((p, c) => {
      if (p < 0) throw new RangeError(`${fn}: mixes[${i}][${c}] is negative (${p}); shares must be ≥ 0`);
    });
  });
  if (weights === undefined) return new Array<number>(mixes.length).fill(1 / mixes.length);
  if (weights.length !== mixes.length) {
    throw new RangeError(
      `${fn}: ${weights.length} weights for ${mixes.length} mixes; give one weight per mix`,
    );
  }
  assertFiniteNumbers(fn, 'weights', weights);
  let total = 0;
  weights.forEach((wi, i) => {
    if (wi < 0) throw new RangeError(`${fn}: weights[${i}] is negative (${wi}); weights must be ≥ 0`);
    total += wi;
  });
  if (total <= 0) throw new RangeError(`${fn}: weights sum to 0; at least one weight must be positive`);
  return weights.map((wi) => wi / total);
}
