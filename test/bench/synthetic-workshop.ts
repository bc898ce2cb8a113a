import type { Framework, FrameworkQuestion } from '../../shared/framework';
import { OSPO_FRAMEWORK } from '../../shared/framework';
import type { Participant, Team, Vote, VoteValue, WorkshopSettings } from '../../shared/model/types';
import { DEFAULT_THRESHOLDS } from '../../shared/model/types';
import type { ScoringInput } from '../../shared/scoring';

/** Mulberry32: a tiny seeded PRNG so every benchmark run sees the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface WorkshopShape {
  participants: number;
  questions: number;
  rounds: number;
  teams: number;
  seed: number;
}

/**
 * The built-in framework's questions, repeated with fresh ids until there are `count` of them, so a
 * large benchmark still exercises every kind of question.
 */
export function frameworkWithQuestions(count: number): Framework {
  const base = OSPO_FRAMEWORK.questions;
  const questions: FrameworkQuestion[] = [];
  for (let i = 0; i < count; i++) {
    const q = base[i % base.length] as FrameworkQuestion;
    questions.push(i < base.length ? q : { ...q, id: `${q.id}-${Math.floor(i / base.length)}` });
  }
  return {
    ...OSPO_FRAMEWORK,
    questions,
    presets: [{ id: 'full', title: 'All', questionIds: questions.map((q) => q.id) }],
  };
}

/** A workshop where each team leans to its own level, with some don't-know and not-applicable answers. */
export function syntheticWorkshop(shape: WorkshopShape): ScoringInput {
  const random = seededRandom(shape.seed);
  const framework = frameworkWithQuestions(shape.questions);
  const teams: Team[] = Array.from({ length: shape.teams }, (_, t) => ({
    id: `team-${t}`,
    workshopId: 'w',
    name: `Team ${t + 1}`,
    color: '#336699',
    order: t,
  }));
  const participants: Participant[] = Array.from({ length: shape.participants }, (_, p) => ({
    id: `person-${p}`,
    workshopId: 'w',
    displayName: `Person ${p + 1}`,
    alias: `P${p + 1}`,
    teamId: `team-${p % shape.teams}`,
    role: null,
    order: p,
  }));
  const votes: Vote[] = [];
  let at = 1_700_000_000_000;
  for (const question of framework.questions) {
    const centre = random() * 4;
    for (let round = 1; round <= shape.rounds; round++) {
      participants.forEach((person, p) => {
        const lean = ((p % shape.teams) / Math.max(1, shape.teams - 1) - 0.5) * 1.5;
        const r = random();
        let value: VoteValue;
        if (r < 0.03) value = 'dontKnow';
        else if (r < 0.05) value = 'notApplicable';
        else {
          const noisy = centre + lean + (random() - 0.5) * (3 - round * 0.6);
          value = Math.min(4, Math.max(0, Math.round(noisy))) as VoteValue;
        }
        votes.push({
          workshopId: 'w',
          questionId: question.id,
          participantId: person.id,
          round,
          value,
          at: at++,
        });
      });
    }
  }
  const settings: WorkshopSettings = {
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    questionIds: framework.questions.map((q) => q.id),
    targetStage: 2,
    anonymity: 'names',
    thresholds: DEFAULT_THRESHOLDS,
  };
  return { framework, participants, teams, votes, decisions: [], settings };
}
