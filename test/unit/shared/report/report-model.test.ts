// The report's content, tested without drawing: a hand-made workshop whose stage, strengths, gaps and
// next steps are worked out here from the votes, and the naming rules searched over the whole model.
import { describe, expect, it } from 'vitest';
import { OSPO_FRAMEWORK } from '../../../../shared/framework';
import { createTranslator } from '../../../../shared/i18n';
import type { Participant, Round, Vote } from '../../../../shared/model/types';
import { DEFAULT_THRESHOLDS } from '../../../../shared/model/types';
import {
  buildReportDocument,
  defaultReportOptions,
  type ReportBlock,
  type ReportDocument,
  type ReportInput,
  type ReportOptions,
} from '../../../../shared/report';
import { GGI_FRAMEWORK } from '../../../fixtures/frameworks';
import { CJK_NAMES, NAMES, reportWorkshop } from '../../../support/report-workshop';

const tr = createTranslator('en-GB');
const options = (overrides: Partial<ReportOptions> = {}): ReportOptions => ({
  ...defaultReportOptions('en-GB'),
  ...overrides,
});
const statement = (id: string) => OSPO_FRAMEWORK.questions.find((q) => q.id === id)?.statement;
const checklist = (id: string) => OSPO_FRAMEWORK.checklistItems.find((c) => c.id === id)?.text;

/** Every block of a section, columns and groups opened up, in reading order. */
function blocksOf(doc: ReportDocument, id: string): ReportBlock[] {
  const open = (b: ReportBlock): ReportBlock[] =>
    b.kind === 'columns' ? b.columns.flat().flatMap(open) : b.kind === 'group' ? b.blocks.flatMap(open) : [b];
  return (doc.sections.find((s) => s.id === id)?.blocks ?? []).flatMap(open);
}

/** The list that follows the heading `title` in a section. */
function listAfter(doc: ReportDocument, section: string, title: string) {
  const blocks = blocksOf(doc, section);
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === title);
  const list = blocks.slice(at + 1).find((b) => b.kind === 'list' || b.kind === 'heading');
  return list?.kind === 'list' ? list.items : [];
}

/**
 * The short preset, everyone voting the same on each question: stage 1 practices 4 and 4 (attainment 1),
 * the stage 2 practice 1 (attainment 0.25 < 0.6), stages 3 and 4 at 0; involvement 3 and 1.
 */
function handWorkshop(): ReportInput {
  const values: Record<string, 0 | 1 | 2 | 3 | 4> = {
    'licence-process': 4,
    'oss-inventory': 4,
    'upstream-practice': 1,
    'host-projects': 0,
    'technology-partner': 0,
    'involvement-consumer': 3,
    'involvement-contributor': 1,
    'archetype-industry-shared-cost': 1,
    'archetype-cross-industry-foundations': 2,
    'archetype-oss-first-default': 4,
    'archetype-strategy-advice': 3,
    'archetype-software-products': 0,
  };
  const base = reportWorkshop({ participants: 4, questions: 'short', teams: 2, seed: 3 });
  const questionIds = Object.keys(values);
  const people = base.stored.participants;
  const votes: Vote[] = questionIds.flatMap((questionId) =>
    people.map((p, i) => ({
      workshopId: 'w',
      questionId,
      participantId: p.id,
      round: 1,
      value: values[questionId] as 0 | 1 | 2 | 3 | 4,
      at: i,
    })),
  );
  const rounds: Round[] = questionIds.map((questionId) => ({
    workshopId: 'w',
    questionId,
    round: 1,
    startedAt: 0,
    revealedAt: 1,
  }));
  return {
    ...base,
    stored: {
      ...base.stored,
      votes,
      rounds,
      decisions: [],
      settings: { ...base.stored.settings, questionIds, targetStage: 2, thresholds: DEFAULT_THRESHOLDS },
    },
  };
}

describe('the report document model', () => {
  it('holds the stage, strengths, gaps and next steps worked out from the votes', () => {
    const doc = buildReportDocument(handWorkshop(), options(), tr);
    const headline = blocksOf(doc, 'summary').find((b) => b.kind === 'keyFigure');
    expect(headline).toMatchObject({ value: 'Stage 1 · Legal Education' });
    expect(headline?.kind === 'keyFigure' && headline.note).toContain('The target is stage 2');

    // Strengths: value ≥ 3, highest first, ties in question order; archetype statements never count.
    expect(listAfter(doc, 'summary', 'Top strengths').map((i) => i.text)).toEqual([
      statement('licence-process'),
      statement('oss-inventory'),
      statement('involvement-consumer'),
    ]);
    // Gaps: below 0.6 × 4; with target stage 2, the stage 3 and 4 practices (0) are not gaps.
    expect(listAfter(doc, 'summary', 'Top gaps').map((i) => i.text)).toEqual([
      statement('upstream-practice'),
      statement('involvement-contributor'),
    ]);
    // Next steps: stage 2's checklist items, the rated one (25 %) first, then the unrated ones in order.
    const steps = listAfter(doc, 'summary', 'Recommended next steps');
    expect(steps.map((i) => i.text)).toEqual([
      checklist('s2-project-interaction'),
      checklist('s2-why-contribute'),
      checklist('s2-contributor-incentives'),
    ]);
    expect(steps[0]?.detail).toBe('Scored 25% · Q3');
    expect(steps[1]?.detail).toBe('Not rated in this workshop');
  });

  it('shows only revealed votes: a question whose round is still hidden has none', () => {
    const input = reportWorkshop({ participants: 6, questions: 'short', teams: 2, seed: 5 });
    const last = input.stored.settings.questionIds.at(-1) as string;
    const doc = buildReportDocument(input, options(), tr);
    const blocks = blocksOf(doc, 'questions');
    const heading = blocks.findIndex(
      (b) => b.kind === 'heading' && b.text.startsWith(`Q12. ${statement(last)}`),
    );
    expect(heading).toBeGreaterThan(0);
    expect(blocks[heading + 2]).toMatchObject({ text: 'No votes were revealed for this question.' });
  });

  it.each([
    ['an anonymous workshop', { anonymity: 'anonymous' as const }, {}],
    ['a named workshop anonymized at export', {}, { anonymize: true }],
  ])('holds no participant name or alias anywhere in %s', (_name, shape, chosen) => {
    const input = reportWorkshop({
      participants: 14,
      questions: 'full',
      teams: 3,
      seed: 9,
      cjk: true,
      ...shape,
    });
    const text = JSON.stringify(buildReportDocument(input, options(chosen), tr));
    for (const p of input.stored.participants) {
      expect(text).not.toContain(p.displayName);
      expect(text).not.toContain(`"${p.alias}"`);
    }
    // The rationale that named someone now names how the report shows them.
    expect(text).toContain('Participant 1 showed the signed policy');
  });

  it('shows aliases, never names, in a workshop that uses aliases', () => {
    const input = reportWorkshop({
      participants: 8,
      questions: 'short',
      teams: 2,
      seed: 2,
      anonymity: 'aliases',
    });
    const text = JSON.stringify(buildReportDocument(input, options(), tr));
    for (const p of input.stored.participants) expect(text).not.toContain(p.displayName);
    expect(text).toContain('"P1"');
  });

  it('names participants with their diacritics in a named workshop', () => {
    const input = reportWorkshop({ participants: 15, questions: 'short', teams: 3, seed: 2, cjk: true });
    const table = blocksOf(buildReportDocument(input, options(), tr), 'participants').find(
      (b) => b.kind === 'table',
    );
    const names = table?.kind === 'table' ? table.rows.map((r) => r[0]) : [];
    expect(names).toEqual([...CJK_NAMES, ...NAMES]);
  });

  it('includes only the sections chosen, and compares teams or roles only when there are two', () => {
    const oneTeam = reportWorkshop({ participants: 6, questions: 'short', teams: 1, seed: 4 });
    const participants = oneTeam.stored.participants.map((p) => ({ ...p, role: 'legal' }));
    const input = { ...oneTeam, stored: { ...oneTeam.stored, participants } };
    const all = buildReportDocument(input, options(), tr);
    expect(all.sections.map((s) => s.id)).toEqual([
      'cover',
      'summary',
      'profile',
      'questions',
      'method',
      'participants',
    ]);
    const some = buildReportDocument(input, options({ sections: ['summary', 'method'] }), tr);
    expect(some.sections.map((s) => s.id)).toEqual(['cover', 'summary', 'method']);
    const teams = reportWorkshop({ participants: 6, questions: 'short', teams: 2, seed: 4 });
    expect(buildReportDocument(teams, options(), tr).sections.map((s) => s.id)).toContain('teams');
    // One team, people in several roles: the roles are compared.
    expect(buildReportDocument(oneTeam, options(), tr).sections.map((s) => s.id)).toContain('teams');
  });

  it('leaves the grid, the stage and the mix out for a framework without stages or archetypes', () => {
    const base = reportWorkshop({ participants: 5, questions: 'short', teams: 2, seed: 6 });
    const questionIds = GGI_FRAMEWORK.questions.map((q) => q.id);
    const people: readonly Participant[] = base.stored.participants;
    const votes: Vote[] = questionIds.flatMap((questionId, q) =>
      people.map((p, i) => ({
        workshopId: 'w',
        questionId,
        participantId: p.id,
        round: 1,
        value: ((q + i) % 5) as 0,
        at: 0,
      })),
    );
    const input: ReportInput = {
      ...base,
      stored: {
        ...base.stored,
        framework: GGI_FRAMEWORK,
        votes,
        rounds: questionIds.map((questionId) => ({
          workshopId: 'w',
          questionId,
          round: 1,
          startedAt: 0,
          revealedAt: 1,
        })),
        decisions: [],
        settings: { ...base.stored.settings, frameworkId: GGI_FRAMEWORK.id, questionIds, targetStage: null },
      },
    };
    const doc = buildReportDocument(input, options(), tr);
    const summary = blocksOf(doc, 'summary');
    expect(summary.some((b) => b.kind === 'figure' && b.figure.kind === 'grid')).toBe(false);
    expect(summary.some((b) => b.kind === 'heading' && b.text === 'Archetype mix')).toBe(false);
    expect(summary.find((b) => b.kind === 'keyFigure')).toMatchObject({ label: 'Questions in consensus' });
    // The per-goal profile takes the grid's place, one bar per goal.
    const goals = summary.find((b) => b.kind === 'figure' && b.figure.kind === 'bars');
    const rows = goals?.kind === 'figure' && goals.figure.kind === 'bars' ? goals.figure.input.rows : [];
    expect(rows.map((r) => r.label)).toEqual(GGI_FRAMEWORK.goals.map((g) => g.name));
    expect(blocksOf(doc, 'profile').some((b) => b.kind === 'figure' && b.figure.kind === 'ladder')).toBe(
      false,
    );
    expect(JSON.stringify(doc)).not.toContain('Stage 0');
  });

  it('is the same document for the same input', () => {
    const input = reportWorkshop({ participants: 12, questions: 'full', teams: 3, seed: 8 });
    expect(buildReportDocument(input, options(), tr)).toEqual(buildReportDocument(input, options(), tr));
  });

  it('says what moved since an earlier workshop: the stage, the grid point and the questions that moved most', () => {
    const now = handWorkshop();
    // Last time the stage 1 practices stood at 2 (attainment 0.5): stage 0 then, stage 1 now.
    const votes = now.stored.votes.map((v) =>
      v.questionId === 'licence-process' || v.questionId === 'oss-inventory'
        ? { ...v, value: 2 as const }
        : v,
    );
    const earlier = {
      workshop: { ...now.workshop, id: 'e', title: 'Autumn review', date: '2025-11-04' },
      stored: { ...now.stored, votes },
    };
    const doc = buildReportDocument({ ...now, earlier }, options(), tr);
    const blocks = blocksOf(doc, 'summary');
    const at = blocks.findIndex(
      (b) => b.kind === 'heading' && b.text === 'What moved since Autumn review (4 November 2025)',
    );
    const moved = blocks[at + 1];
    expect(moved?.kind === 'facts' && moved.rows).toEqual([
      { label: 'Stage', value: '0 → 1' },
      {
        label: 'Grid',
        value: expect.stringMatching(/^involvement .* → .*, ability to execute 0\.\d\d → 0\.\d\d$/),
      },
      { label: 'Moved most', value: 'Q1 2 → 4, Q2 2 → 4' },
    ]);
    const without = buildReportDocument(now, options(), tr);
    expect(JSON.stringify(without)).not.toContain('What moved since');
  });
});
