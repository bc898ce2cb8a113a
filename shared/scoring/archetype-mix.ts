import { linearPool } from '../stats/pooling';
import type { ArchetypeMix } from './types';
import type { ProfileContext } from './profile-context';
import { isVote } from './vote-index';

/**
 * A participant's archetype mix (product.md): their 0–4 ratings of the archetype statements summed per
 * archetype and normalized to 1. Returns null when they rated nothing above 0 (no mix).
 */
export function participantMixShares(
  ctx: ProfileContext,
  latestCodes: readonly (Int8Array | null)[],
  p: number,
): number[] | null {
  const sums = new Array<number>(ctx.assessedArchetypes.length).fill(0);
  let total = 0;
  for (let q = 0; q < latestCodes.length; q++) {
    const archetype = ctx.archetypeOf[q] as number;
    if (archetype < 0) continue;
    const code = (latestCodes[q] as Int8Array | null)?.[p] ?? -1;
    if (!isVote(code)) continue;
    sums[archetype] = (sums[archetype] as number) + code;
    total += code;
  }
  if (total === 0) return null;
  return sums.map((s) => s / total);
}

/**
 * Linear pool with equal weights of the given participants' mixes (methods.md: keeps every archetype
 * anyone sees), with the min–max spread per archetype. null when nobody has a mix.
 */
export function pooledMix(ctx: ProfileContext, mixes: readonly (number[] | null)[]): ArchetypeMix | null {
  const present = mixes.filter((m): m is number[] => m !== null);
  if (present.length === 0 || ctx.assessedArchetypes.length === 0) return null;
  const pooled = linearPool(present);
  return {
    shares: ctx.assessedArchetypes.map((archetypeId, k) => {
      let min = Infinity;
      let max = -Infinity;
      for (const mix of present) {
        const share = mix[k] as number;
        if (share < min) min = share;
        if (share > max) max = share;
      }
      return { archetypeId, share: pooled[k] as number, min, max };
    }),
    pooled: present.length,
    notAssessed: ctx.notAssessedArchetypes,
  };
}
