import { linearPool } from '../stats/pooling';
import type { ArchetypeContribution, ArchetypeMix, QuestionValue } from './types';
import type { ProfileContext } from './profile-context';
import { MIX_RULES } from './rules';
import { isVote } from './vote-index';

/** One participant's mix: their shares (for pooling) and, per archetype, the ratings behind each share. */
export interface ParticipantMix {
  shares: number[];
  contributions: ArchetypeContribution[];
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * A participant's archetype mix (product.md): their 0–4 ratings of the archetype statements summed per
 * archetype and normalized to 1. Returns null when they rated nothing above 0 (no mix).
 */
export function participantMix(
  ctx: ProfileContext,
  latestCodes: readonly (Int8Array | null)[],
  p: number,
  participantId: string,
): ParticipantMix | null {
  const archetypes = ctx.assessedArchetypes.length;
  const sums = new Array<number>(archetypes).fill(0);
  const ratings: QuestionValue[][] = [];
  let total = 0;
  for (let i = 0; i < ctx.archetypeQuestions.length; i++) {
    const q = ctx.archetypeQuestions[i] as number;
    const archetype = ctx.archetypeOf[q] as number;
    const code = (latestCodes[q] as Int8Array | null)?.[p] ?? -1;
    if (archetype < 0 || !isVote(code)) continue;
    sums[archetype] = (sums[archetype] as number) + code;
    total += code;
    (ratings[archetype] ??= []).push(ctx.cite.value(q, code));
  }
  if (total === 0) return null;
  const shares = sums.map((s) => s / total);
  return {
    shares,
    contributions: shares.map((share, k) => ({
      participantId,
      share,
      ratings: ratings[k] ?? NONE,
      ratingTotal: total,
    })),
  };
}

/** A participant's own mix as a result: each share explained by their own contribution alone. */
export function ownMix(ctx: ProfileContext, mix: ParticipantMix | null): ArchetypeMix | null {
  if (mix === null) return null;
  return {
    shares: mix.contributions.map((c, k) => ({
      archetypeId: ctx.assessedArchetypes[k] as string,
      share: c.share,
      min: c.share,
      max: c.share,
      contributions: [c],
    })),
    pooled: 1,
    withoutMix: NONE,
    notAssessed: ctx.notAssessedArchetypes,
    rules: MIX_RULES,
  };
}

/**
 * Linear pool with equal weights of the given participants' mixes (methods.md: keeps every archetype
 * anyone sees), with the min–max spread per archetype and the contributions behind each share. null
 * when nobody has a mix.
 */
export function pooledMix(
  ctx: ProfileContext,
  members: readonly { id: string; mix: ParticipantMix | null }[],
): ArchetypeMix | null {
  const present: ParticipantMix[] = [];
  const withoutMix: string[] = [];
  for (const member of members) {
    if (member.mix === null) withoutMix.push(member.id);
    else present.push(member.mix);
  }
  if (present.length === 0 || ctx.assessedArchetypes.length === 0) return null;
  const pooled = linearPool(present.map((m) => m.shares));
  return {
    shares: ctx.assessedArchetypes.map((archetypeId, k) => {
      let min = Infinity;
      let max = -Infinity;
      const contributions = present.map((mix) => {
        const c = mix.contributions[k] as ArchetypeContribution;
        if (c.share < min) min = c.share;
        if (c.share > max) max = c.share;
        return c;
      });
      return { archetypeId, share: pooled[k] as number, min, max, contributions };
    }),
    pooled: present.length,
    withoutMix: withoutMix.length === 0 ? NONE : withoutMix,
    notAssessed: ctx.notAssessedArchetypes,
    rules: MIX_RULES,
  };
}
