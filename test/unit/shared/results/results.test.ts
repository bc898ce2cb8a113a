// The results layer over the engine: which numbers are shown, in which words, for a subset, compared
// across groups and over time. The hand-worked workshop of the scoring fixtures is the oracle.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n';
import { scoreRevealed, scoreWorkshop, type StoredWorkshop } from '../../../../shared/scoring';
import {
  compareGroups,
  compareOverTime,
  earlierWorkshops,
  explainAlpha,
  explainGridPoint,
  explainQuestion,
  explainStages,
  filterWorkshop,
  questionRefs,
  rolesPresent,
  summarizeResults,
} from '../../../../shared/results';
import { decision, handWorkshop, person, TINY, votesFor } from '../scoring/fixtures';

const tr = createTranslator('en');
const revealedAll = (stored: ReturnType<typeof handWorkshop>): StoredWorkshop => ({
  ...stored,
  rounds: stored.settings.questionIds.flatMap((questionId) =>
    [1, 2].map((round) => ({ workshopId: 'w', questionId, round, startedAt: 0, revealedAt: 1 })),
  ),
});

describe('results summary', () => {
  const stored = handWorkshop();
  const result = scoreWorkshop({ ...stored, settings: { ...stored.settings, targetStage: 2 } });

  it('says where the group stands against its target, in words with the workshop’s numbers', () => {
    const summary = summarizeResults(result, TINY, tr);
    // Stage 1: (3 + 2) / 2 / 4 = 0.625 ≥ 0.6; stage 2: 2 / 4 = 0.5 < 0.6, so stage 1 is reached.
    expect(summary.headline[0]).toBe(`The group has reached stage 1, ${TINY.stages[1]!.name}.`);
    expect(summary.headline[1]).toContain('1 stage to go. Stage 2 stands at 50% against a threshold of 60%');
    expect(summary.headline).toContain('The archetype that describes the group best is X (75% of the mix).');
  });

  it('explains the stage reached with the values behind it and the rule', () => {
    const ref = questionRefs(result, tr);
    const stages = explainStages(result.group, tr, ref);
    expect(stages.lines).toContain('Stage 1: attainment 0.63 = mean of 3, 2 (Q1, Q2) ÷ 4.');
    expect(stages.lines).toContain('Stage 1 counts as reached: attainment 0.63 ≥ 0.60.');
    expect(stages.lines).toContain('Stage 2 is not reached: attainment 0.50 < 0.60.');
    expect(stages.rules[1]).toMatch(/highest stage s for which every stage from 1 to s meets the threshold/);
    // The grid point: x from the involvement medians 1 and 3, y from stage 1 plus progress 0.5 / 0.6.
    const grid = explainGridPoint(result.group.gridPoint!, result.group, tr, ref);
    expect(grid.lines[0]).toBe('Involvement x = mean of 1, 3 (Q6, Q7) ÷ 4 = 0.50.');
    expect(grid.lines[1]).toBe('Progress towards stage 2 = its attainment 0.50 ÷ threshold 0.60 = 0.83.');
    expect(grid.lines[2]).toBe('Ability to execute: E = 1 + 0.83 = 1.83; y = E ÷ 5 = 0.37.');
  });

  it('explains a question’s value, its agreement and an agreed value', () => {
    const withDecision = scoreWorkshop({ ...stored, decisions: [decision('s2a', 3, 'Legal confirmed it')] });
    const q = withDecision.questions.find((x) => x.questionId === 's2a')!;
    const lines = explainQuestion(q, stored.settings.thresholds, tr).lines;
    expect(lines[0]).toContain('3 votes — 0: 0 · 1: 1 · 2: 2 · 3: 0 · 4: 0');
    expect(lines.at(-1)).toBe(
      'Agreed value 3 replaces the computed 2 in the group’s figures. Rationale: Legal confirmed it',
    );
    expect(explainAlpha(result.alpha, tr).lines[0]).toMatch(
      /^α = -?\d\.\d{3} \(ordinal\) from \d+ questions/,
    );
  });
});

describe('filters: the figures recomputed for a subset', () => {
  it('scores one team on its members’ votes only, without the group’s agreed values', () => {
    const stored = revealedAll({ ...handWorkshop(), decisions: [decision('s2a', 4)] });
    const t1 = scoreRevealed(filterWorkshop(stored, { kind: 'team', teamId: 'T1' }, scoreRevealed(stored)));
    expect(t1.participants.map((p) => p.participantId)).toEqual(['P1', 'P2']);
    // s1a: P1 3, P2 3 → 3; s1b: 2, 3 → 2.5: stage 1 = 0.6875; s2a: 1, 2 → 1.5 (the agreed 4 is not applied).
    expect(t1.questions.find((q) => q.questionId === 's2a')?.scoringValue).toBe(1.5);
    expect(t1.group.attainment[0]!.attainment).toBeCloseTo(0.6875);
    // The same figures as the engine's own team profile.
    const whole = scoreWorkshop(stored);
    expect(t1.group.gridPoint).toEqual(whole.teams.find((t) => t.teamId === 'T1')!.profile.gridPoint);
  });

  it('scores one role, and a role with one person gives that person’s own figures', () => {
    const stored = handWorkshop();
    const people = stored.participants.map((p, i) => ({ ...p, role: i === 0 ? 'legal' : 'engineering' }));
    const legal = scoreWorkshop(
      filterWorkshop(
        { ...stored, participants: people, rounds: [] },
        { kind: 'role', role: 'legal' },
        scoreWorkshop(stored),
      ),
    );
    expect(legal.participants).toHaveLength(1);
    expect(legal.group.stageReached).toBe(
      scoreWorkshop({ ...stored, participants: people }).participants[0]!.profile.stageReached,
    );
    expect(rolesPresent(people)).toEqual(['legal', 'engineering']);
    expect(
      rolesPresent([{ role: 'other' }, { role: 'security' }, { role: null }, { role: 'legal' }]),
    ).toEqual(['legal', 'security', 'other']);
  });
});

/** One team as a compared group, scored on its own votes. */
const teamGroup = (stored: StoredWorkshop, teamId: string) => ({
  key: teamId,
  label: teamId,
  color: '#000000',
  marker: 'circle' as const,
  result: scoreRevealed(filterWorkshop(stored, { kind: 'team', teamId }, scoreRevealed(stored))),
});

describe('comparing groups', () => {
  it('ranks the questions by the gap between the groups, largest first, with each group’s agreement', () => {
    const stored = revealedAll(handWorkshop());
    const c = compareGroups([teamGroup(stored, 'T1'), teamGroup(stored, 'T2')]);
    // en1: T1 (0, 1) → 0.5, T2 4 → gap 3.5, the largest.
    expect(c.questions[0]).toMatchObject({ questionId: 'en1', values: [0.5, 4], gap: 3.5 });
    const gaps = c.questions.map((q) => q.gap ?? -1);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    // s4a: only "not applicable" in both: no gap, listed last.
    expect(c.questions.at(-1)).toMatchObject({ questionId: 's4a', gap: null });
  });

  it('names groups that agree among themselves but sit apart from each other', () => {
    const ids = ['A1', 'A2', 'B1', 'B2'];
    const stored = revealedAll({
      ...handWorkshop(),
      participants: ids.map((id, i) => person(id, id.startsWith('A') ? 'T1' : 'T2', i)),
      votes: votesFor('s1a', ids, [4, 4, 1, 1]),
    });
    const row = compareGroups([teamGroup(stored, 'T1'), teamGroup(stored, 'T2')]).questions.find(
      (q) => q.questionId === 's1a',
    )!;
    // Each team votes as one (4, 4 and 1, 1): consensus inside, three points apart.
    expect(row.statuses).toEqual(['consensus', 'consensus']);
    expect(row.agreeApart).toEqual(['T1', 'T2']);
    expect(row.gap).toBe(3);
  });
});

describe('over time', () => {
  it('shows what moved and lists the questions asked only once', () => {
    const before = handWorkshop();
    const after = {
      ...before,
      settings: {
        ...before.settings,
        questionIds: before.settings.questionIds.filter((id) => id !== 'en1').concat(),
      },
      votes: [
        ...before.votes.filter((v) => v.questionId !== 's2a'),
        ...votesFor('s2a', ['P1', 'P2', 'P3'], [3, 3, 3]),
      ],
    };
    const earlier = scoreWorkshop({
      ...before,
      settings: { ...before.settings, questionIds: before.settings.questionIds.filter((id) => id !== 'a1') },
    });
    const moved = compareOverTime(earlier, scoreWorkshop(after));
    // s2a went from 2 to 3, so stage 2 is now reached, and stage 3 (s3a at 4) with it: 1 → 3.
    expect(moved.questions[0]).toEqual({ questionId: 's2a', before: 2, after: 3, delta: 1 });
    expect(moved.stage).toEqual({ before: 1, after: 3, delta: 2 });
    expect(moved.onlyBefore).toEqual(['en1']);
    expect(moved.onlyAfter).toEqual(['a1']);
    expect(moved.grid?.y.delta).toBeGreaterThan(0);
  });

  it('offers earlier workshops of the same organization and framework only, newest first', () => {
    const w = (id: string, organization: string, date: string, frameworkId = 'ospo') => ({
      id,
      organization,
      date,
      title: id,
      settings: { frameworkId },
    });
    const current = w('now', 'ACME ', '2026-11-30');
    const list = [
      w('a', 'acme', '2026-03-01'),
      w('b', 'ACME', '2026-06-01'),
      w('c', 'Other', '2026-05-01'),
      w('d', 'ACME', '2026-05-01', 'ggi'),
      w('e', 'ACME', '2027-01-01'),
      current,
    ];
    expect(earlierWorkshops(current, list).map((x) => x.id)).toEqual(['b', 'a']);
  });
});
