import { assertFrequencies } from './assert';

/**
 * van der Eijk's agreement A (van der Eijk 2001, Quality & Quantity 35:325–341), computed the way the
 * R package `agrmt` (Ruedin) computes it in `agreement()`:
 *
 * 1. Decompose the distribution into layers. Each layer is a 0/1 pattern over the K categories
 *    (1 where the category is still non-empty) weighted by the smallest remaining non-zero count
 *    times the number of non-empty categories; subtract and repeat until nothing is left.
 * 2. For each pattern, A = U · (1 − (S − 1)/(K − 1)) with S the number of non-empty categories and
 *    U the unimodality of the pattern from its triples of categories (i < j < k):
 *    TU = triples reading 110 or 011 (agree with unimodality), TDU = triples reading 101 (contradict it),
 *    U = ((K − 2)·TU − (K − 1)·TDU) / ((K − 2)·(TU + TDU)); a single non-empty category has U = 1.
 * 3. A = Σ (layer weight / total) · A(layer).
 *
 * +1 = everyone in one category, 0 = uniform, −1 = split between the two extremes. Needs K ≥ 3.
 */
export function agreementA(frequencies: readonly number[]): number {
  const total = assertFrequencies('agreementA', frequencies, 3);
  const k = frequencies.length;
  const remaining = Float64Array.from(frequencies);
  // Residues below this are rounding left over from subtracting non-integer counts.
  const epsilon = total * 1e-12;
  const pattern = new Uint8Array(k);
  let result = 0;
  for (;;) {
    let smallest = Infinity;
    let nonEmpty = 0;
    for (let i = 0; i < k; i++) {
      const f = remaining[i] as number;
      if (f > epsilon) {
        nonEmpty++;
        if (f < smallest) smallest = f;
        pattern[i] = 1;
      } else {
        pattern[i] = 0;
      }
    }
    if (nonEmpty === 0) break;
    const layerWeight = (smallest * nonEmpty) / total;
    result += layerWeight * patternAgreement(pattern, nonEmpty);
    for (let i = 0; i < k; i++) if (pattern[i] === 1) remaining[i] = (remaining[i] as number) - smallest;
  }
  return result;
}

/** A of one 0/1 layer pattern with `nonEmpty` ones (van der Eijk 2001, eqs. for U and A). */
function patternAgreement(pattern: Uint8Array, nonEmpty: number): number {
  const k = pattern.length;
  if (nonEmpty === 1) return 1;
  // A uniform layer has S = K, so its A is 0 whatever U is.
  if (nonEmpty === k) return 0;
  let tu = 0;
  let tdu = 0;
  for (let a = 0; a < k - 2; a++) {
    for (let b = a + 1; b < k - 1; b++) {
      for (let c = b + 1; c < k; c++) {
        const code = (pattern[a] as number) * 4 + (pattern[b] as number) * 2 + (pattern[c] as number);
        if (code === 0b110 || code === 0b011) tu++;
        else if (code === 0b101) tdu++;
      }
    }
  }
  const unimodality = ((k - 2) * tu - (k - 1) * tdu) / ((k - 2) * (tu + tdu));
  return unimodality * (1 - (nonEmpty - 1) / (k - 1));
}
