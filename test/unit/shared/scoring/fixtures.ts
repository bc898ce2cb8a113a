// A tiny framework and helpers for hand-computed workshops.
import type { Framework } from '../../../../shared/framework';
import { OSPO_FRAMEWORK, validateFramework } from '../../../../shared/framework';
import type {
  Decision,
  Participant,
  Team,
  Vote,
  VoteValue,
  WorkshopSettings,
} from '../../../../shared/model/types';
import { DEFAULT_THRESHOLDS } from '../../../../shared/model/types';
import type { ScoringInput } from '../../../../shared/scoring';

const anchors = { zero: 'none', four: 'all' };

/** Stage questions s1a, s1b, s2a, s3a, s4a; involvement inv1, inv2; enabler en1; archetype statements a1, a2 (x), b1, b2 (y). */
const raw: Framework = {
  ...OSPO_FRAMEWORK,
  id: 'tiny',
  version: '0.0.1',
  checklistItems: [
    { id: 'c1', stage: 1, text: 'one' },
    { id: 'c2a', stage: 2, text: 'two a' },
    { id: 'c2b', stage: 2, text: 'two b' },
    { id: 'c3', stage: 3, text: 'three' },
    { id: 'c4', stage: 4, text: 'four' },
  ],
  archetypes: [
    { id: 'x', name: 'X', description: 'x' },
    { id: 'y', name: 'Y', description: 'y' },
    { id: 'z', name: 'Z', description: 'z', communityAdded: true },
  ],
  enablers: [{ id: 'staff', name: 'Staff', description: 'people' }],
  responsibilityAreas: [
    { id: 'compliance', name: 'Compliance' },
    { id: 'upstream', name: 'Upstream' },
  ],
  questions: [
    q('s1a', { kind: 'stagePractice', stage: 1, checklistItem: 'c1' }, ['compliance']),
    q('s1b', { kind: 'stagePractice', stage: 1 }, ['compliance']),
    q('s2a', { kind: 'stagePractice', stage: 2, checklistItem: 'c2a' }, ['upstream']),
    q('s3a', { kind: 'stagePractice', stage: 3, checklistItem: 'c3' }, []),
    q('s4a', { kind: 'stagePractice', stage: 4, checklistItem: 'c4' }, []),
    q('inv1', { kind: 'involvement' }, ['upstream']),
    q('inv2', { kind: 'involvement' }, []),
    q('en1', { kind: 'enabler', enabler: 'staff' }, []),
    q('a1', { kind: 'archetype', archetype: 'x' }, ['upstream']),
    q('a2', { kind: 'archetype', archetype: 'x' }, []),
    q('b1', { kind: 'archetype', archetype: 'y' }, []),
    q('b2', { kind: 'archetype', archetype: 'y' }, []),
  ],
  presets: [],
};

function q(id: string, informs: Framework['questions'][number]['informs'], areas: string[]) {
  return { id, statement: `Statement ${id}?`, help: 'help', anchors, informs, responsibilityAreas: areas };
}

const checked = validateFramework(raw);
if (!checked.ok) throw new Error(`tiny framework is invalid: ${JSON.stringify(checked.problems)}`);
export const TINY: Framework = checked.framework;
export const TINY_IDS = TINY.questions.map((x) => x.id);

export function person(id: string, teamId: string | null, order: number): Participant {
  return { id, workshopId: 'w', displayName: id, alias: id, teamId, role: null, order };
}

export function team(id: string, order: number): Team {
  return { id, workshopId: 'w', name: id, color: '#000000', order };
}

let clock = 1;
export function vote(
  questionId: string,
  participantId: string,
  value: VoteValue,
  round = 1,
  at = clock++,
): Vote {
  return { workshopId: 'w', questionId, participantId, round, value, at };
}

/** Votes for one question and round, one per participant id in order (undefined = no answer). */
export function votesFor(
  questionId: string,
  ids: string[],
  values: (VoteValue | undefined)[],
  round = 1,
): Vote[] {
  return values.flatMap((v, i) => (v === undefined ? [] : [vote(questionId, ids[i] as string, v, round)]));
}

export function decision(
  questionId: string,
  agreedValue: Decision['agreedValue'],
  rationale = 'agreed',
): Decision {
  return { workshopId: 'w', questionId, agreedValue, rationale, notes: '', updatedAt: 1 };
}

export function settings(overrides: Partial<WorkshopSettings> = {}): WorkshopSettings {
  return {
    frameworkId: 'tiny',
    frameworkVersion: '0.0.1',
    questionIds: TINY_IDS,
    targetStage: null,
    anonymity: 'names',
    thresholds: DEFAULT_THRESHOLDS,
    ...overrides,
  };
}

export function input(parts: Partial<ScoringInput> & Pick<ScoringInput, 'votes'>): ScoringInput {
  return {
    framework: TINY,
    participants: [],
    teams: [],
    decisions: [],
    settings: settings(),
    ...parts,
  };
}

/**
 * The hand-worked workshop used by several tests (values per participant P1, P2, P3):
 *   s1a 3 3 4 → median 3 · s1b 2 3 2 → 2 · s2a 1 2 2 → 2 · s3a 4 4 4 → 4 · s4a n/a ×3
 *   inv1 1 1 2 → 1 · inv2 2 3 3 → 3 · en1 0 1 4 → 1
 *   a1 4 2 0 · a2 4 0 0 · b1 0 2 0 · b2 0 0 0
 * Teams: T1 = P1, P2; T2 = P3.
 */
export function handWorkshop(): ScoringInput {
  const ids = ['P1', 'P2', 'P3'];
  const table: [string, VoteValue[]][] = [
    ['s1a', [3, 3, 4]],
    ['s1b', [2, 3, 2]],
    ['s2a', [1, 2, 2]],
    ['s3a', [4, 4, 4]],
    ['s4a', ['notApplicable', 'notApplicable', 'notApplicable']],
    ['inv1', [1, 1, 2]],
    ['inv2', [2, 3, 3]],
    ['en1', [0, 1, 4]],
    ['a1', [4, 2, 0]],
    ['a2', [4, 0, 0]],
    ['b1', [0, 2, 0]],
    ['b2', [0, 0, 0]],
  ];
  return input({
    participants: [person('P1', 'T1', 1), person('P2', 'T1', 2), person('P3', 'T2', 3)],
    teams: [team('T1', 1), team('T2', 2)],
    votes: table.flatMap(([qid, values]) => votesFor(qid, ids, values)),
  });
}
