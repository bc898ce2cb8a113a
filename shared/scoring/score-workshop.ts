import type { FrameworkQuestion } from '../framework';
import type { Decision, Participant, Team } from '../model/types';
import { quantileOfSorted } from '../stats/quantile';
import { alphaFromUnitCounts } from '../stats/krippendorff-alpha';
import { participantMixShares, pooledMix } from './archetype-mix';
import { recommendedNextSteps, strengthsAndGaps, targetGap, unresolvedQuestions } from './highlights';
import { computeProfile } from './profile';
import { buildProfileContext } from './profile-context';
import type { ProfileContext } from './profile-context';
import { computeQuestionResults } from './question-results';
import { compareTeams } from './team-comparison';
import type {
  ArchetypeMix,
  QuestionResult,
  ParticipantResult,
  ScoringInput,
  TeamResult,
  WorkshopAlpha,
  WorkshopResult,
} from './types';
import { buildVoteIndex, isVote } from './vote-index';

/**
 * The one entry point that turns a workshop's votes into its results. Pure and deterministic: the same
 * input (in any order) gives the same result, and every figure carries the values and rules behind it
 * (see rules.ts). Indexes are built once, so the cost grows linearly with the number of votes.
 */
export function scoreWorkshop(input: ScoringInput): WorkshopResult {
  const { framework, settings } = input;
  const thresholds = settings.thresholds;
  const byId = new Map(framework.questions.map((q) => [q.id, q]));
  const questions: FrameworkQuestion[] = [];
  const unknownQuestionIds: string[] = [];
  for (const id of new Set(settings.questionIds)) {
    const question = byId.get(id);
    if (question === undefined) unknownQuestionIds.push(id);
    else questions.push(question);
  }

  const index = buildVoteIndex(
    input.participants,
    questions.map((q) => q.id),
    input.votes,
  );
  const { results, latestCodes } = computeQuestionResults(
    index,
    questions,
    latestDecisions(input.decisions),
    thresholds,
  );
  const ctx = buildProfileContext(framework, questions, thresholds);
  const people = index.participants;
  const mixes = people.map((_, p) => participantMixShares(ctx, latestCodes, p));

  const groupValues = Float64Array.from(results, (r) => r.scoringValue ?? Number.NaN);
  const group = computeProfile(ctx, groupValues, pooledMix(ctx, mixes));

  const participants: ParticipantResult[] = people.map((person, p) => {
    const values = new Float64Array(questions.length);
    for (let q = 0; q < questions.length; q++) {
      const code = latestCodes[q]?.[p] ?? -1;
      values[q] = isVote(code) ? code : Number.NaN;
    }
    return {
      participantId: person.id,
      teamId: person.teamId,
      profile: computeProfile(ctx, values, ownMix(ctx, mixes[p] ?? null)),
    };
  });

  const teams = teamResults(ctx, input.teams, people, latestCodes, mixes);
  const { strengths, gaps } = strengthsAndGaps(results, settings);
  return {
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    thresholds,
    questions: results,
    group,
    teams,
    participants,
    alpha: workshopAlpha(results, people.length),
    strengths,
    gaps,
    withoutConsensus: unresolvedQuestions(results),
    recommendedNextSteps: recommendedNextSteps(framework, results, group.stageReached),
    teamComparison: compareTeams(teams),
    targetGap: targetGap(group, settings),
    notAssessedStages: group.attainment.filter((a) => a.notAssessed).map((a) => a.stage),
    ignored: {
      unknownQuestionIds,
      votesFromUnknownParticipants: index.votesFromUnknownParticipants,
      votesOnQuestionsNotInPlay: index.votesOnQuestionsNotInPlay,
    },
  };
}

/** One decision per question: the most recently edited (ties: the longer rationale, then the higher value). */
function latestDecisions(decisions: readonly Decision[]): Map<string, Decision> {
  const out = new Map<string, Decision>();
  for (const d of decisions) {
    const current = out.get(d.questionId);
    if (current === undefined || compareDecisions(d, current) > 0) out.set(d.questionId, d);
  }
  return out;
}

function compareDecisions(a: Decision, b: Decision): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt - b.updatedAt;
  const text = (d: Decision) => `${d.rationale}\u0000${d.notes}`;
  if (text(a) !== text(b)) return text(a) > text(b) ? 1 : -1;
  return (a.agreedValue ?? -1) - (b.agreedValue ?? -1);
}

function ownMix(ctx: ProfileContext, shares: number[] | null): ArchetypeMix | null {
  if (shares === null) return null;
  return {
    shares: ctx.assessedArchetypes.map((archetypeId, k) => {
      const share = shares[k] as number;
      return { archetypeId, share, min: share, max: share };
    }),
    pooled: 1,
    notAssessed: ctx.notAssessedArchetypes,
  };
}

function teamResults(
  ctx: ProfileContext,
  teams: readonly Team[],
  people: readonly Participant[],
  latestCodes: readonly (Int8Array | null)[],
  mixes: readonly (number[] | null)[],
): TeamResult[] {
  const ordered = [...teams].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ordered.map((team) => {
    const members: number[] = [];
    people.forEach((person, p) => {
      if (person.teamId === team.id) members.push(p);
    });
    const values = new Float64Array(ctx.questions.length);
    const sorted = new Float64Array(members.length);
    const questionValues = ctx.questions.map((question, q) => {
      const codes = latestCodes[q];
      let n = 0;
      if (codes) {
        // Count per category so the team's sample comes out sorted without a sort.
        const counts = [0, 0, 0, 0, 0];
        for (const p of members) {
          const code = codes[p] as number;
          if (isVote(code)) counts[code] = (counts[code] as number) + 1;
        }
        counts.forEach((c, value) => sorted.fill(value, n, (n += c)));
      }
      const median = n === 0 ? null : quantileOfSorted(sorted.subarray(0, n), 0.5);
      values[q] = median ?? Number.NaN;
      return { questionId: question.id, median, n };
    });
    return {
      teamId: team.id,
      name: team.name,
      participantIds: members.map((p) => (people[p] as Participant).id),
      questions: questionValues,
      profile: computeProfile(
        ctx,
        values,
        pooledMix(
          ctx,
          members.map((p) => mixes[p] ?? null),
        ),
      ),
    };
  });
}

/**
 * Ordinal α over every question in play (units) and participant (coders) (Krippendorff 2011), computed
 * from each question's vote frequencies, which hold exactly the coincidences α needs.
 */
function workshopAlpha(results: readonly QuestionResult[], coders: number): WorkshopAlpha {
  const none = [0, 0, 0, 0, 0];
  const unitCounts = results.map((r) => r.statistics?.frequencies ?? none);
  const raw = alphaFromUnitCounts(unitCounts, [0, 1, 2, 3, 4], 'ordinal');
  const value = Number.isNaN(raw) ? null : raw;
  const reading =
    value === null ? 'undefined' : value >= 0.8 ? 'reliable' : value >= 0.667 ? 'tentative' : 'low';
  return { level: 'ordinal', value, reading, units: results.length, coders };
}
