import type { FrameworkQuestion } from '../framework';
import type { Decision, Participant } from '../model/types';
import { ownMix, participantMix, pooledMix } from './archetype-mix';
import { createCitations, type Citations } from './citations';
import { recommendedNextSteps, strengthsAndGaps, targetGap, unresolvedQuestions } from './highlights';
import { computeProfile } from './profile';
import { buildProfileContext, type ProfileContext } from './profile-context';
import { computeQuestionResults } from './question-results';
import { PARTICIPANT_RULES, WORKSHOP_RULES } from './rules';
import { compareTeams } from './team-comparison';
import { teamResults } from './team-results';
import type { ParticipantResult, QuestionResult, ScoringInput, WorkshopResult } from './types';
import { canonicalParticipants, indexVotes, isVote } from './vote-index';
import { workshopAlpha } from './workshop-alpha';

/**
 * The one entry point that turns a workshop's votes into its results. Pure and deterministic: the same
 * input (in any order) gives the same result, and every figure carries the values and rules behind it
 * (see rules.ts). Indexes are built once, so the cost grows linearly with the number of votes.
 */
export function scoreWorkshop(input: ScoringInput): WorkshopResult {
  const plan = planScoring(input);
  const index = indexVotes(plan.participantIndex, plan.questionIds, input.votes);
  const { results, latestCodes } = computeQuestionResults(
    index,
    plan.questions,
    latestDecisions(input.decisions),
    input.settings.thresholds,
    plan.cite,
  );
  return assembleResult(input, plan, results, latestCodes, index);
}

/**
 * What a scoring fixes before any vote is read: the questions in play (in the settings' order), the
 * participants in their canonical order, and the shared objects every explanation cites.
 */
export interface ScoringPlan {
  questions: FrameworkQuestion[];
  questionIds: string[];
  unknownQuestionIds: string[];
  people: Participant[];
  participantIndex: Map<string, number>;
  cite: Citations;
  ctx: ProfileContext;
}

export function planScoring(
  input: Pick<ScoringInput, 'framework' | 'settings' | 'participants'>,
): ScoringPlan {
  const { framework, settings } = input;
  const byId = new Map(framework.questions.map((q) => [q.id, q]));
  const questions: FrameworkQuestion[] = [];
  const unknownQuestionIds: string[] = [];
  for (const id of new Set(settings.questionIds)) {
    const question = byId.get(id);
    if (question === undefined) unknownQuestionIds.push(id);
    else questions.push(question);
  }
  const questionIds = questions.map((q) => q.id);
  const people = canonicalParticipants(input.participants);
  const participantIndex = new Map(people.map((p, i) => [p.id, i]));
  const cite = createCitations(
    questionIds,
    people.map((p) => p.id),
  );
  const ctx = buildProfileContext(framework, questions, settings.thresholds, cite);
  return { questions, questionIds, unknownQuestionIds, people, participantIndex, cite, ctx };
}

/** Everything above the questions: profiles of the group, each participant and team, α, highlights. */
export function assembleResult(
  input: Pick<ScoringInput, 'framework' | 'settings' | 'teams'>,
  plan: ScoringPlan,
  results: QuestionResult[],
  latestCodes: readonly (Int8Array | null)[],
  ignored: { votesFromUnknownParticipants: number; votesOnQuestionsNotInPlay: number },
): WorkshopResult {
  const { framework, settings } = input;
  const { ctx, people, questions } = plan;
  const mixes = people.map((person, p) => participantMix(ctx, latestCodes, p, person.id));

  const groupValues = Float64Array.from(results, (r) => r.scoringValue ?? Number.NaN);
  const groupMix = pooledMix(
    ctx,
    people.map((person, p) => ({ id: person.id, mix: mixes[p] ?? null })),
  );
  const group = computeProfile(ctx, groupValues, groupMix);

  // One buffer for every participant's values: a profile keeps citations, never the buffer itself.
  const values = new Float64Array(questions.length);
  const participants: ParticipantResult[] = people.map((person, p) => {
    for (let q = 0; q < questions.length; q++) {
      const code = latestCodes[q]?.[p] ?? -1;
      values[q] = isVote(code) ? code : Number.NaN;
    }
    return {
      participantId: person.id,
      teamId: person.teamId,
      profile: computeProfile(ctx, values, ownMix(ctx, mixes[p] ?? null)),
      rules: PARTICIPANT_RULES,
    };
  });

  const teams = teamResults(ctx, input.teams, people, latestCodes, mixes);
  const { strengths, gaps } = strengthsAndGaps(results, settings);
  return {
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    measures: {
      stages: ctx.hasStages,
      archetypeMix: framework.archetypes.length > 0,
      enablers: framework.enablers.length > 0,
      responsibilityAreas: framework.responsibilityAreas.length > 0,
      goals: framework.goals.length > 0,
    },
    thresholds: settings.thresholds,
    questions: results,
    group,
    teams,
    participants,
    alpha: workshopAlpha(results, people.length),
    strengths,
    gaps,
    withoutConsensus: unresolvedQuestions(results),
    recommendedNextSteps:
      group.stageReached === null ? [] : recommendedNextSteps(framework, results, group.stageReached),
    teamComparison: compareTeams(teams),
    targetGap: targetGap(group, settings),
    notAssessedStages: group.attainment.filter((a) => a.notAssessed).map((a) => a.stage),
    ignored: {
      unknownQuestionIds: plan.unknownQuestionIds,
      votesFromUnknownParticipants: ignored.votesFromUnknownParticipants,
      votesOnQuestionsNotInPlay: ignored.votesOnQuestionsNotInPlay,
    },
    rules: WORKSHOP_RULES,
  };
}

/** One decision per question: the most recently edited (ties: the longer rationale, then the higher value). */
export function latestDecisions(decisions: readonly Decision[]): Map<string, Decision> {
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
