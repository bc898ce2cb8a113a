// A seeded, realistic workshop for the report's tests and benchmark: the built-in framework, teams that
// lean to their own level, names in several scripts, re-voted questions, an agreed value with a rationale
// that names someone, notes, and one question still hidden (its votes must not count).
import { OSPO_FRAMEWORK, type Framework } from '../../shared/framework';
import type {
  Anonymity,
  Decision,
  Participant,
  Round,
  Team,
  Vote,
  VoteValue,
} from '../../shared/model/types';
import { DEFAULT_THRESHOLDS } from '../../shared/model/types';
import type { ReportInput } from '../../shared/report';
import { TEAM_PALETTE, PARTICIPANT_ROLES } from '../../shared/model/palette';
import { frameworkWithQuestions, seededRandom } from '../bench/synthetic-workshop';

/** Names that exercise the font: Polish, Czech, Turkish, Greek, German, French, Spanish, and CJK. */
export const NAMES = [
  'Łucja Wędrowska',
  'Jiří Dvořák',
  'Şebnem Yılmaz',
  'Γιώργος Παπαδόπουλος',
  'Jürgen Groß',
  'Zoë Lefèvre',
  'Iñigo Muñoz',
  'Ågot Ørsted',
  'Nguyễn Thị Hà',
  'Ольга Смирнова',
  'Mário Conceição',
  'Sinéad Ó Briain',
];
export const CJK_NAMES = ['山田 太郎', '王小明', '김민준'];

const TEAM_NAMES = [
  'Legal',
  'Engineering',
  'Leadership',
  'Security',
  'Product',
  'Communications',
  'HR & Learning',
];

export interface ReportShape {
  participants: number;
  /** 'short' (the 12-question preset), 'full' (every built-in question) or a count (repeats questions). */
  questions: 'short' | 'full' | number;
  teams: number;
  seed: number;
  anonymity?: Anonymity;
  targetStage?: 0 | 1 | 2 | 3 | 4 | null;
  /** Add Chinese, Japanese and Korean names to the list. */
  cjk?: boolean;
}

/** Where each kind of question sits on average: the organization is at stage 1, working on stage 2. */
function centreFor(framework: Framework, id: string, random: () => number): number {
  const informs = framework.questions.find((q) => q.id === id)?.informs;
  if (informs?.kind === 'stagePractice') return [0, 3.4, 2.2, 1.2, 0.6][informs.stage] ?? 2;
  if (informs?.kind === 'archetype') return random() * 4;
  return 1.8;
}

export function reportWorkshop(shape: ReportShape): ReportInput {
  const random = seededRandom(shape.seed);
  const framework =
    typeof shape.questions === 'number' && shape.questions > OSPO_FRAMEWORK.questions.length
      ? frameworkWithQuestions(shape.questions)
      : OSPO_FRAMEWORK;
  const questionIds =
    shape.questions === 'short'
      ? (OSPO_FRAMEWORK.presets.find((p) => p.id === 'short')?.questionIds ?? [])
      : shape.questions === 'full'
        ? framework.questions.map((q) => q.id)
        : framework.questions.slice(0, shape.questions).map((q) => q.id);
  const teams: Team[] = Array.from({ length: shape.teams }, (_, t) => ({
    id: `team-${t}`,
    workshopId: 'w',
    name: TEAM_NAMES[t] ?? `Team ${t + 1}`,
    color: TEAM_PALETTE[t % TEAM_PALETTE.length]!.hex,
    order: t,
  }));
  const names = shape.cjk ? [...CJK_NAMES, ...NAMES] : NAMES;
  const participants: Participant[] = Array.from({ length: shape.participants }, (_, p) => ({
    id: `person-${p}`,
    workshopId: 'w',
    displayName: p < names.length ? names[p]! : `Person ${p + 1}`,
    alias: `P${p + 1}`,
    teamId: shape.teams > 0 ? `team-${p % shape.teams}` : null,
    role: PARTICIPANT_ROLES[p % 5] ?? null,
    order: p,
  }));
  const votes: Vote[] = [];
  const rounds: Round[] = [];
  let at = 1_780_000_000_000;
  questionIds.forEach((questionId, index) => {
    const centre = centreFor(framework, questionId, random);
    // Every fourth question was re-voted; the last one is still hidden, mid-vote.
    const roundCount = index % 4 === 1 ? 2 : 1;
    const hidden = index === questionIds.length - 1;
    for (let round = 1; round <= roundCount; round++) {
      rounds.push({ workshopId: 'w', questionId, round, startedAt: at, revealedAt: hidden ? null : at + 1 });
      participants.forEach((person, p) => {
        const team = shape.teams > 0 ? p % shape.teams : 0;
        const lean = shape.teams > 1 ? (team / (shape.teams - 1) - 0.5) * 1.4 : 0;
        const r = random();
        let value: VoteValue;
        if (r < 0.03) value = 'dontKnow';
        else if (r < 0.05) value = 'notApplicable';
        else {
          const spread = index % 7 === 3 ? 4 : 2.4 - round * 0.8;
          value = Math.min(
            4,
            Math.max(0, Math.round(centre + lean + (random() - 0.5) * spread)),
          ) as VoteValue;
        }
        votes.push({ workshopId: 'w', questionId, participantId: person.id, round, value, at: at++ });
      });
    }
  });
  const first = participants[0]?.displayName ?? '';
  const decisions: Decision[] = [
    {
      workshopId: 'w',
      questionId: questionIds[2] ?? '',
      agreedValue: 3,
      rationale: `${first} showed the signed policy; the room accepted it.`,
      notes: `Follow up with ${first} on the inventory tool.`,
      updatedAt: at,
    },
    {
      workshopId: 'w',
      questionId: questionIds[5] ?? '',
      agreedValue: null,
      rationale: '',
      notes: 'Legal and engineering read the question differently: clarify the wording next time.',
      updatedAt: at,
    },
  ];
  return {
    workshop: {
      id: 'w',
      title: 'OSPO maturity — spring review',
      organization: 'Zielona Łódź Sp. z o.o.',
      date: '2026-05-04',
      facilitator: 'Ana María Núñez',
    },
    stored: {
      framework,
      participants,
      teams,
      votes,
      rounds,
      decisions,
      settings: {
        frameworkId: framework.id,
        frameworkVersion: framework.version,
        questionIds,
        targetStage: shape.targetStage === undefined ? 2 : shape.targetStage,
        anonymity: shape.anonymity ?? 'names',
        thresholds: DEFAULT_THRESHOLDS,
      },
    },
    earlier: null,
    created: { epochMs: Date.UTC(2026, 4, 4, 16, 30), offsetMinutes: 120 },
    creator: 'OSPO Workshop 0.1.0',
  };
}
