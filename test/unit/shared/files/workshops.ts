// Whole workshops for the file tests: a small hand-made one and random ones from fast-check.
import fc from 'fast-check';
import type { Framework } from '../../../../shared/framework';
import { OSPO_FRAMEWORK } from '../../../../shared/framework';
import { serializeWorkshop, type WorkshopData } from '../../../../shared/files';
import { sha256Hex } from '../../../../shared/files/sha256';
import { TEAM_PALETTE } from '../../../../shared/model/palette';
import { DEFAULT_THRESHOLDS, type Round, type Vote, type VoteValue } from '../../../../shared/model/types';
import { cleanLine, cleanParagraph } from '../../../../shared/model/text';
import { GGI_FRAMEWORK } from '../../../fixtures/frameworks';
import { reportWorkshop, type ReportShape } from '../../../support/report-workshop';
import { syntheticWorkshopData } from '../../../bench/synthetic-workshop-data';

export const META = { exportedAt: Date.UTC(2026, 10, 30, 12), appName: 'OSPO Workshop', appVersion: '0.1.0' };

/** Bytes of a text, as a file read from disk. */
export const bytes = (text: string) => new TextEncoder().encode(text);

/**
 * The file of smallWorkshop() with its JSON edited (the document and its `workshop` member) and the
 * checksum recomputed, as a careful editor might: the edit reaches the checks after the checksum.
 */
export async function edited(
  edit: (workshop: Record<string, any>, document: Record<string, any>) => void, // eslint-disable-line @typescript-eslint/no-explicit-any -- files are edited as untyped JSON
): Promise<Uint8Array> {
  const doc = JSON.parse(await serializeWorkshop(smallWorkshop(), META)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- as above
  edit(doc['workshop'], doc);
  doc['checksum'].value = await sha256Hex(JSON.stringify(doc['workshop']));
  return bytes(JSON.stringify(doc));
}

/**
 * A workshop on `framework` with two teams, four participants (one without a team), two questions with
 * two rounds each (the first revealed), a decision with an earlier version, and a session position.
 */
export function smallWorkshop(id = 'w-1', framework: Framework = OSPO_FRAMEWORK): WorkshopData {
  const [q1, q2] = framework.questions.map((q) => q.id) as [string, string];
  const own = { workshopId: id };
  const vote = (
    questionId: string,
    participantId: string,
    round: number,
    value: VoteValue,
    at: number,
  ): Vote => ({
    ...own,
    questionId,
    participantId,
    round,
    value,
    at,
  });
  return {
    workshop: {
      id,
      title: 'Q3 OSPO check — Łódź',
      organization: 'Zażółć Gęślą',
      date: '2026-11-30',
      facilitator: 'Ana Núñez',
      createdAt: 1_764_000_000_000,
      updatedAt: 1_764_000_100_000,
      settings: {
        frameworkId: framework.id,
        frameworkVersion: framework.version,
        questionIds: [q1, q2],
        targetStage: null,
        anonymity: 'names',
        thresholds: DEFAULT_THRESHOLDS,
      },
    },
    framework,
    teams: [
      { ...own, id: 't-legal', name: 'Legal', color: '#E69F00', order: 0 },
      { ...own, id: 't-eng', name: 'Engineering', color: '#56B4E9', order: 1 },
    ],
    participants: [
      { ...own, id: 'p-1', displayName: 'Łucja', alias: 'P12', teamId: 't-legal', role: 'legal', order: 0 },
      {
        ...own,
        id: 'p-2',
        displayName: '=SUM(A1)',
        alias: 'P40',
        teamId: 't-eng',
        role: 'engineering',
        order: 1,
      },
      {
        ...own,
        id: 'p-3',
        displayName: 'Kenji "K" 田中',
        alias: 'P77',
        teamId: 't-eng',
        role: null,
        order: 2,
      },
      {
        ...own,
        id: 'p-4',
        displayName: 'Sam, Jr.',
        alias: 'P23',
        teamId: null,
        role: 'leadership',
        order: 3,
      },
    ],
    rounds: [
      { ...own, questionId: q1, round: 1, startedAt: 1_764_000_001_000, revealedAt: 1_764_000_002_000 },
      { ...own, questionId: q1, round: 2, startedAt: 1_764_000_003_000, revealedAt: null },
      { ...own, questionId: q2, round: 1, startedAt: 1_764_000_004_000, revealedAt: 1_764_000_005_000 },
    ],
    votes: [
      vote(q1, 'p-1', 1, 2, 1_764_000_001_100),
      vote(q1, 'p-2', 1, 4, 1_764_000_001_200),
      vote(q1, 'p-3', 1, 'dontKnow', 1_764_000_001_300),
      vote(q1, 'p-1', 2, 3, 1_764_000_003_100),
      vote(q2, 'p-1', 1, 1, 1_764_000_004_100),
      vote(q2, 'p-4', 1, 'notApplicable', 1_764_000_004_200),
    ],
    decisions: [
      {
        ...own,
        questionId: q2,
        agreedValue: 2,
        rationale: 'Legal and engineering agreed on 2:\nthe process exists but is not followed.',
        notes: 'Follow up with "Legal".',
        createdAt: 1_764_000_006_000,
        updatedAt: 1_764_000_007_000,
        history: [{ agreedValue: 1, rationale: 'First take.', notes: '', at: 1_764_000_006_000 }],
      },
    ],
    session: {
      ...own,
      questionId: q1,
      captureMode: 'facilitator',
      skipped: [q2],
      updatedAt: 1_764_000_008_000,
    },
    resolvedConflicts: [],
  };
}

const line = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: max })
    .map((s) => cleanLine(s).slice(0, max).trim())
    .filter((s) => s !== '');
const paragraph = (max: number) =>
  fc.string({ unit: 'grapheme', maxLength: max }).map((s) => cleanParagraph(s).slice(0, max).trim());
const answer = fc.constantFrom<VoteValue>(0, 1, 2, 3, 4, 'dontKnow', 'notApplicable');
const time = fc.integer({ min: 0, max: 4_000_000_000_000 });

/**
 * Random valid workshops on the built-in or the GGI-shaped framework: any texts (cleaned as typed
 * text is), teams, participants, rounds per question following the session's rules, votes, decisions
 * with histories, a session position.
 */
export const randomWorkshop: fc.Arbitrary<WorkshopData> = fc
  .record({
    framework: fc.constantFrom(OSPO_FRAMEWORK, GGI_FRAMEWORK),
    id: fc.uuid(),
    title: line(120),
    organization: fc.oneof(fc.constant(''), line(120)),
    facilitator: fc.oneof(fc.constant(''), line(120)),
    createdAt: time,
    teams: fc.array(
      fc.record({ name: line(80), color: fc.constantFrom(...TEAM_PALETTE.map((c) => c.hex)) }),
      {
        maxLength: 4,
      },
    ),
    people: fc.array(
      fc.record({
        name: line(80),
        team: fc.nat(5),
        role: fc.option(fc.constantFrom('legal', 'security', 'other')),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    questions: fc.integer({ min: 1, max: 6 }),
    roundsOf: fc.array(fc.record({ count: fc.integer({ min: 0, max: 3 }), lastRevealed: fc.boolean() }), {
      minLength: 6,
      maxLength: 6,
    }),
    answers: fc.array(
      fc.record({
        q: fc.nat(5),
        p: fc.nat(7),
        round: fc.integer({ min: 1, max: 3 }),
        value: answer,
        at: time,
      }),
      {
        maxLength: 60,
      },
    ),
    decisions: fc.array(
      fc.record({
        q: fc.nat(5),
        agreed: fc.option(fc.integer({ min: 0, max: 4 })),
        rationale: line(200),
        notes: paragraph(300),
        at: time,
        history: fc.array(fc.record({ rationale: paragraph(100), at: time }), { maxLength: 3 }),
      }),
      { maxLength: 3 },
    ),
    anonymity: fc.constantFrom('names', 'aliases', 'anonymous'),
  })
  .map((r): WorkshopData => {
    const id = r.id;
    const questionIds = r.framework.questions.slice(0, r.questions).map((q) => q.id);
    const teams = r.teams.map((t, i) => ({
      workshopId: id,
      id: `team-${i}`,
      name: t.name,
      color: t.color,
      order: i,
    }));
    const participants = r.people.map((p, i) => ({
      workshopId: id,
      id: `person-${i}`,
      displayName: p.name,
      alias: `P${10 + i}`,
      teamId: p.team < teams.length ? `team-${p.team}` : null,
      role: p.role,
      order: i,
    }));
    const rounds: Round[] = questionIds.flatMap((questionId, q) => {
      const { count, lastRevealed } = r.roundsOf[q] ?? { count: 0, lastRevealed: false };
      return Array.from({ length: count }, (_, k) => ({
        workshopId: id,
        questionId,
        round: k + 1,
        startedAt: r.createdAt + k,
        revealedAt: k + 1 < count || lastRevealed ? r.createdAt + k + 1 : null,
      }));
    });
    const votes = new Map<string, Vote>();
    for (const a of r.answers) {
      const questionId = questionIds[a.q % questionIds.length] as string;
      const person = participants[a.p % participants.length]!;
      if (!rounds.some((x) => x.questionId === questionId && x.round === a.round)) continue;
      votes.set(`${questionId}/${a.round}/${person.id}`, {
        workshopId: id,
        questionId,
        participantId: person.id,
        round: a.round,
        value: a.value,
        at: a.at,
      });
    }
    const decisions = new Map(
      r.decisions.map((d) => {
        const questionId = questionIds[d.q % questionIds.length] as string;
        return [
          questionId,
          {
            workshopId: id,
            questionId,
            agreedValue: d.agreed as 0 | 1 | 2 | 3 | 4 | null,
            rationale: d.rationale,
            notes: d.notes,
            createdAt: d.at,
            updatedAt: d.at,
            history: d.history.map((h) => ({
              agreedValue: null,
              rationale: h.rationale,
              notes: '',
              at: h.at,
            })),
          },
        ];
      }),
    );
    return {
      workshop: {
        id,
        title: r.title,
        organization: r.organization,
        date: '2026-02-28',
        facilitator: r.facilitator,
        createdAt: r.createdAt,
        updatedAt: r.createdAt,
        settings: {
          frameworkId: r.framework.id,
          frameworkVersion: r.framework.version,
          questionIds,
          targetStage: null,
          anonymity: r.anonymity as 'names',
          thresholds: DEFAULT_THRESHOLDS,
        },
      },
      framework: r.framework,
      teams,
      participants,
      rounds,
      votes: [...votes.values()],
      decisions: [...decisions.values()],
      session: null,
      resolvedConflicts: [],
    };
  });

/** The rows of each list in one order, so two copies of a workshop compare as sets of rows. */
export function normalized(data: WorkshopData): WorkshopData {
  const by =
    <T>(key: (x: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  return {
    ...data,
    teams: [...data.teams].sort(by((t) => t.id)),
    participants: [...data.participants].sort(by((p) => p.id)),
    rounds: [...data.rounds].sort(by((r) => `${r.questionId}/${String(r.round).padStart(3, '0')}`)),
    votes: [...data.votes].sort(
      by((v) => `${v.questionId}/${String(v.round).padStart(3, '0')}/${v.participantId}`),
    ),
    decisions: [...data.decisions].sort(by((d) => d.questionId)),
  };
}

/** The framework the fixture embeds: small, and written out here so the test does not follow the built-in one. */
export const FIXTURE_FRAMEWORK: Framework = {
  id: 'fixture-goals',
  version: '1.0.0',
  title: 'Two goals',
  scale: {
    min: 0,
    max: 4,
    labels: [
      { value: 0, label: 'Not started' },
      { value: 1, label: 'Started' },
      { value: 2, label: 'Halfway' },
      { value: 3, label: 'Mostly' },
      { value: 4, label: 'Done' },
    ],
    dontKnowLabel: 'Don’t know',
    notApplicableLabel: 'Not for us',
  },
  stages: [],
  checklistItems: [],
  archetypes: [],
  enablers: [],
  responsibilityAreas: [],
  goals: [
    { id: 'usage', name: 'Usage' },
    { id: 'trust', name: 'Trust' },
  ],
  roles: [{ id: 'legal', name: 'Legal' }],
  questions: [
    {
      id: 'GGI-A-17',
      statement: 'Do we know what open source we use?',
      help: 'An inventory.',
      anchors: { zero: 'No idea.', four: 'Always current.' },
      informs: { kind: 'goal', goal: 'usage' },
      responsibilityAreas: [],
      roles: ['legal'],
    },
    {
      id: 'GGI-A-9',
      statement: 'Do we check licences?',
      help: 'Before use.',
      anchors: { zero: 'Never.', four: 'Every time.' },
      informs: { kind: 'goal', goal: 'trust' },
      responsibilityAreas: [],
    },
  ],
  presets: [],
};

/**
 * The seeded workshops the other tests and benchmarks use, as files carry them: the report's realistic
 * ones (names in many scripts, re-votes, a hidden last question, decisions naming people; named and
 * anonymous) and the benchmarks' synthetic one (three rounds of 40 questions).
 */
export function seededWorkshops(): WorkshopData[] {
  const fromReport = (id: string, shape: ReportShape): WorkshopData => {
    const { workshop, stored } = reportWorkshop(shape);
    const own = <T extends { workshopId: string }>(row: T): T => ({ ...row, workshopId: id });
    return {
      workshop: {
        ...workshop,
        id,
        createdAt: 1_780_000_000_000,
        updatedAt: 1_780_000_500_000,
        settings: stored.settings,
      },
      framework: stored.framework,
      teams: stored.teams.map((t) => ({ ...own(t), id: `${id}-${t.id}` })),
      participants: stored.participants.map((p) => ({
        ...own(p),
        id: `${id}-${p.id}`,
        teamId: p.teamId && `${id}-${p.teamId}`,
      })),
      rounds: stored.rounds.map(own),
      votes: stored.votes.map((v) => ({ ...own(v), participantId: `${id}-${v.participantId}` })),
      decisions: stored.decisions
        .filter((d) => d.questionId !== '')
        .map((d) => ({ ...own(d), createdAt: d.updatedAt, history: [] })),
      session: null,
      resolvedConflicts: [],
    };
  };
  return [
    fromReport('w-report-names', { participants: 12, questions: 'short', teams: 3, seed: 1, cjk: true }),
    fromReport('w-report-anonymous', {
      participants: 30,
      questions: 'full',
      teams: 5,
      seed: 2,
      anonymity: 'anonymous',
    }),
    syntheticWorkshopData({ participants: 50, questions: 40, rounds: 3, teams: 4, seed: 3 }, 'w-synthetic'),
  ];
}
