import type { Participant, Team } from '../model/types';
import { quantileOfSorted } from '../stats/quantile';
import { pooledMix } from './archetype-mix';
import type { ParticipantMix } from './archetype-mix';
import { computeProfile } from './profile';
import type { ProfileContext } from './profile-context';
import { TEAM_RULES, TEAM_VALUE_RULES } from './rules';
import type { CastVote, TeamQuestionValue, TeamResult } from './types';
import { isVote } from './vote-index';

const NONE: readonly never[] = Object.freeze([]);

/**
 * Each team's profile from its members' votes (product.md: a team's point uses its own votes): per
 * question the median of the members' votes in the latest round, listed with those votes, then the same
 * profile rules as the group. Teams come in their `order`, then id, whatever the input order.
 */
export function teamResults(
  ctx: ProfileContext,
  teams: readonly Team[],
  people: readonly Participant[],
  latestCodes: readonly (Int8Array | null)[],
  mixes: readonly (ParticipantMix | null)[],
): TeamResult[] {
  const ordered = [...teams].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const values = new Float64Array(ctx.questions.length);
  return ordered.map((team) => {
    const members: number[] = [];
    people.forEach((person, p) => {
      if (person.teamId === team.id) members.push(p);
    });
    const sorted = new Float64Array(members.length);
    const counts = [0, 0, 0, 0, 0];
    const questions = ctx.questions.map((question, q): TeamQuestionValue => {
      const codes = latestCodes[q];
      let votes: CastVote[] | null = null;
      counts.fill(0);
      if (codes) {
        for (let i = 0; i < members.length; i++) {
          const p = members[i] as number;
          const code = codes[p] as number;
          if (!isVote(code)) continue;
          counts[code] = (counts[code] as number) + 1;
          (votes ??= []).push(ctx.cite.vote(p, code));
        }
      }
      // The votes are integers 0–4, so the sorted sample is rebuilt from the counts without a sort.
      let n = 0;
      counts.forEach((c, value) => sorted.fill(value, n, (n += c)));
      const median = n === 0 ? null : quantileOfSorted(sorted.subarray(0, n), 0.5);
      values[q] = median ?? Number.NaN;
      return { questionId: question.id, median, n, votes: votes ?? NONE, rules: TEAM_VALUE_RULES };
    });
    const mix = pooledMix(
      ctx,
      members.map((p) => ({ id: (people[p] as Participant).id, mix: mixes[p] ?? null })),
    );
    return {
      teamId: team.id,
      name: team.name,
      participantIds: members.map((p) => (people[p] as Participant).id),
      questions,
      profile: computeProfile(ctx, values, mix),
      rules: TEAM_RULES,
    };
  });
}
