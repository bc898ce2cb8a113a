// The report's teams: the comparison's table, the grids and the words beside them show the same teams at
// the same points, including a team that sat out a re-vote, and no team of one in an anonymous report.
import { describe, expect, it } from 'vitest';
import { OSPO_FRAMEWORK } from '../../../../shared/framework';
import { createTranslator } from '../../../../shared/i18n';
import type { Vote } from '../../../../shared/model/types';
import {
  buildReportDocument,
  defaultReportOptions,
  type ReportBlock,
  type ReportDocument,
  type ReportInput,
} from '../../../../shared/report';
import { filterWorkshop } from '../../../../shared/results';
import { scoreRevealed } from '../../../../shared/scoring/counted-votes';
import { reportWorkshop } from '../../../support/report-workshop';

const tr = createTranslator('en-GB');
const num = (v: number) => tr.formatNumber(v, 2);

function blocksOf(doc: ReportDocument, id: string): ReportBlock[] {
  const open = (b: ReportBlock): ReportBlock[] =>
    b.kind === 'columns' ? b.columns.flat().flatMap(open) : b.kind === 'group' ? b.blocks.flatMap(open) : [b];
  return (doc.sections.find((s) => s.id === id)?.blocks ?? []).flatMap(open);
}

/** Each grid figure of a section: its team points by label. */
function gridTeams(doc: ReportDocument, id: string) {
  return blocksOf(doc, id).flatMap((b) =>
    b.kind === 'figure' && b.figure.kind === 'grid'
      ? [new Map(b.figure.input.points.filter((p) => p.kind === 'team').map((p) => [p.label, p]))]
      : [],
  );
}

/**
 * Two teams; a stage 1 practice re-voted in a second round, revealed, in which only the second team
 * voted. By the scoring rules the whole group's figures come from round 2, and so do each team's: the
 * first team has no value on that question (it did not vote in the round that counts).
 */
function revoteWithoutTeamOne(): ReportInput {
  const input = reportWorkshop({ participants: 8, questions: 'short', teams: 2, seed: 5 });
  const stored = input.stored;
  const practice = stored.settings.questionIds.find((id) => {
    const q = OSPO_FRAMEWORK.questions.find((x) => x.id === id);
    return q?.informs.kind === 'stagePractice' && q.informs.stage === 1;
  })!;
  const rounds = stored.rounds.filter((r) => r.questionId === practice);
  const next = Math.max(...rounds.map((r) => r.round)) + 1;
  const votes: Vote[] = stored.participants
    .filter((p) => p.teamId === 'team-1')
    .map((p, i) => ({
      workshopId: 'w',
      questionId: practice,
      participantId: p.id,
      round: next,
      value: 4,
      at: 1e13 + i,
    }));
  return {
    ...input,
    stored: {
      ...stored,
      // The first team voted low in the earlier rounds: its point moves if those rounds were counted.
      votes: [
        ...stored.votes.map((v) =>
          v.questionId === practice &&
          stored.participants.find((p) => p.id === v.participantId)?.teamId === 'team-0'
            ? { ...v, value: 0 as const }
            : v,
        ),
        ...votes,
      ],
      rounds: [
        ...stored.rounds,
        { workshopId: 'w', questionId: practice, round: next, startedAt: 1e13, revealedAt: 1e13 + 50 },
      ],
    },
  };
}

describe('the report’s teams', () => {
  it('puts each team at the same point in the table, on the grids and in the words, after a re-vote one team sat out', () => {
    const input = revoteWithoutTeamOne();
    const doc = buildReportDocument(input, defaultReportOptions('en-GB'), tr);
    const table = blocksOf(doc, 'teams').find((b) => b.kind === 'table');
    expect(table?.kind).toBe('table');
    const rows = table!.kind === 'table' ? table!.rows : [];
    const grids = [...gridTeams(doc, 'teams'), ...gridTeams(doc, 'summary')];
    expect(grids).toHaveLength(2);
    for (const [name, , , involvement, execution] of rows) {
      for (const grid of grids) {
        const point = grid.get(name!);
        expect(point, name).toBeDefined();
        expect([num(point!.x!), num(point!.y)]).toEqual([involvement, execution]);
      }
    }
    // The rule itself: the first team is scored without the round it sat out, as the engine's team
    // profile scores it, not on the earlier round's low votes.
    const whole = scoreRevealed(input.stored);
    const teamOne = scoreRevealed(filterWorkshop(input.stored, { kind: 'team', teamId: 'team-0' }, whole));
    expect(teamOne.group.gridPoint).toEqual(
      whole.teams.find((t) => t.teamId === 'team-0')!.profile.gridPoint,
    );
    expect(teamOne.group.stageReached).toBe(whole.teams[0]!.profile.stageReached);
  });

  it('leaves a team of one out of the table, the grids and the words alike in an anonymous report', () => {
    const input = reportWorkshop({
      participants: 7,
      questions: 'short',
      teams: 3,
      seed: 6,
      anonymity: 'anonymous',
    });
    // The third team keeps one member.
    const stored = input.stored;
    const participants = stored.participants.map((p, i) =>
      p.teamId === 'team-2' && i > 2 ? { ...p, teamId: 'team-0' } : p,
    );
    expect(participants.filter((p) => p.teamId === 'team-2')).toHaveLength(1);
    const doc = buildReportDocument(
      { ...input, stored: { ...stored, participants } },
      defaultReportOptions('en-GB'),
      tr,
    );
    const name = stored.teams[2]!.name;
    const table = blocksOf(doc, 'teams').find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r[0])).not.toContain(name);
    for (const grid of [...gridTeams(doc, 'teams'), ...gridTeams(doc, 'summary')]) {
      expect([...grid.keys()]).not.toContain(name);
      expect(grid.size).toBe(2);
    }
    for (const id of ['teams', 'summary']) {
      for (const b of blocksOf(doc, id)) {
        if (b.kind === 'figure') expect(b.description).not.toContain(name);
      }
    }
  });
});
