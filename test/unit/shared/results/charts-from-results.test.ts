// The charts drawn from real engine results in the awkward cases: an empty team, a role with one person,
// a question nobody answered, a framework without archetypes or stages. None may break a chart: no NaN,
// no text over text, and what is absent stays absent rather than drawn as zero.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n';
import { scoreWorkshop } from '../../../../shared/scoring';
import {
  barChartGeometry,
  gapChartGeometry,
  maturityGridGeometry,
  stageLadderGeometry,
} from '../../../../shared/charts';
import {
  compareGroups,
  entryRows,
  explainGridPoint,
  filterWorkshop,
  gridInput,
  ladderStages,
  mixRows,
  teamSeries,
  thresholdLabel,
} from '../../../../shared/results';
import { GGI_FRAMEWORK } from '../../../fixtures/frameworks';
import { decision, handWorkshop, person, team, TINY, votesFor } from '../scoring/fixtures';
import { badNumbers, overlapping } from '../charts/overlap';

const tr = createTranslator('en');

function drawAll(
  result: ReturnType<typeof scoreWorkshop>,
  framework = TINY,
  teams = [team('T1', 1), team('T2', 2)],
) {
  const charts = [];
  if (result.group.gridPoint) {
    charts.push(
      maturityGridGeometry(
        gridInput({
          result,
          framework,
          teams: teamSeries(teams),
          groupLabel: 'Whole group',
          targetStage: 2,
          size: { width: 560, height: 320 },
          tr,
        }),
      ),
    );
    charts.push(
      stageLadderGeometry({
        width: 480,
        height: 260,
        stages: ladderStages(result.group, framework, tr),
        threshold: 0.6,
        thresholdLabel: thresholdLabel(0.6, tr),
      }),
    );
  }
  charts.push(barChartGeometry({ width: 480, rows: mixRows(result.group.archetypeMix, framework, tr) }));
  const name = (id: string) => id;
  charts.push(barChartGeometry({ width: 480, rows: entryRows(result.group.enablers, name, tr) }));
  charts.push(barChartGeometry({ width: 480, rows: entryRows(result.group.goals, name, tr) }));
  for (const chart of charts) {
    expect(badNumbers(chart)).toEqual([]);
    expect(overlapping(chart.textBoxes)).toEqual([]);
  }
  return charts;
}

describe('charts from engine results', () => {
  it('an empty team: no point of its own on the grid, and the other charts unchanged', () => {
    const stored = handWorkshop();
    const result = scoreWorkshop({ ...stored, teams: [...stored.teams, team('Empty', 3)] });
    const [grid] = drawAll(result, TINY, [...stored.teams, team('Empty', 3)]);
    expect(grid && 'points' in grid && grid.points.map((p) => p.id)).not.toContain('Empty');
    // Scored on its own, the empty team has no value anywhere, and every chart still draws.
    const empty = scoreWorkshop(
      filterWorkshop({ ...stored, rounds: [] }, { kind: 'team', teamId: 'Empty' }, result),
    );
    const charts = drawAll(empty);
    expect(charts[1] && 'bars' in charts[1] && charts[1].bars.every((b) => b.bar === null)).toBe(true);
  });

  it('a point left of its band’s start: drawn where it is, flagged on the chart and in words', () => {
    // With s2a agreed at 3, stage 3 is reached while involvement is 0.5, left of band 3 (from 0.6).
    const result = scoreWorkshop({ ...handWorkshop(), decisions: [decision('s2a', 3)] });
    const point = result.group.gridPoint!;
    expect(point.leftOfBand).toBe(true);
    const [grid] = drawAll(result);
    if (!grid || !('points' in grid)) throw new Error('no grid');
    const drawn = grid.points.find((p) => p.id === 'group')!;
    expect(drawn.flagged).toBe(true);
    expect(drawn.cx).toBeCloseTo(grid.plot.x + point.x! * grid.plot.width);
    expect(drawn.cx).toBeLessThan(grid.bands[3]!.x);
    expect(drawn.cy).toBeGreaterThan(grid.bands[3]!.y);
    expect(grid.shapes.find((s) => s.key === 'flag-group')).toMatchObject({ x2: grid.bands[3]!.x });
    expect(explainGridPoint(point, result.group, tr, (id) => id).lines).toContain(
      'x 0.50 lies left of where the band of stage 3 starts (0.60): its practices are in place with less involvement in open source than that stage usually goes with.',
    );
  });

  it('a role with one person: that person’s figures, a mix without a spread', () => {
    const stored = handWorkshop();
    const participants = stored.participants.map((p, i) => ({ ...p, role: i === 0 ? 'legal' : null }));
    const legal = scoreWorkshop(
      filterWorkshop(
        { ...stored, participants, rounds: [] },
        { kind: 'role', role: 'legal' },
        scoreWorkshop(stored),
      ),
    );
    drawAll(legal);
    expect(mixRows(legal.group.archetypeMix, TINY, tr).every((r) => !r.spread)).toBe(true);
  });

  it('a question nobody answered: no value, not zero, in the ladder and the comparison', () => {
    const stored = handWorkshop();
    const result = scoreWorkshop({ ...stored, votes: stored.votes.filter((v) => v.questionId !== 's2a') });
    drawAll(result);
    expect(ladderStages(result.group, TINY, tr)[1]).toMatchObject({
      attainment: null,
      valueLabel: 'no value',
    });
    const groups = ['T1', 'T2'].map((teamId) => ({
      key: teamId,
      label: teamId,
      color: '#000000',
      marker: 'circle' as const,
      result: scoreWorkshop(filterWorkshop({ ...stored, rounds: [] }, { kind: 'team', teamId }, result)),
    }));
    const row = compareGroups(groups).questions.find((q) => q.questionId === 's4a')!;
    expect(row.values).toEqual([null, null]);
    const chart = gapChartGeometry({
      width: 600,
      series: groups,
      rows: [{ key: 's4a', label: 'Q5', values: row.values, note: 'no votes' }],
    });
    expect(chart.rows[0]!.xs).toEqual([null, null]);
    expect(badNumbers(chart)).toEqual([]);
  });

  it('a framework without stages or archetypes: no grid, no ladder, no mix — its goals instead', () => {
    const fw = GGI_FRAMEWORK;
    const ids = ['P1', 'P2'];
    const result = scoreWorkshop({
      framework: fw,
      participants: ids.map((id, i) => ({
        id,
        workshopId: 'w',
        displayName: id,
        alias: id,
        teamId: null,
        role: null,
        order: i,
      })),
      teams: [],
      votes: fw.questions.slice(0, 6).flatMap((q, i) =>
        ids.map((p, k) => ({
          workshopId: 'w',
          questionId: q.id,
          participantId: p,
          round: 1,
          value: ((i + k) % 5) as 0,
          at: 1,
        })),
      ),
      decisions: [],
      settings: {
        frameworkId: fw.id,
        frameworkVersion: fw.version,
        questionIds: fw.questions.map((q) => q.id),
        targetStage: null,
        anonymity: 'names',
        thresholds: handWorkshop().settings.thresholds,
      },
    });
    expect(result.group.gridPoint).toBeNull();
    expect(mixRows(result.group.archetypeMix, fw, tr)).toEqual([]);
    const charts = drawAll(result, fw, []);
    // Only the bar charts: an empty mix, no enablers, and the five goals.
    expect(charts).toHaveLength(3);
    expect(charts[2] && 'rows' in charts[2] && charts[2].rows).toHaveLength(5);
  });

  it('draws participants as dots for a room, and only their spread for a crowd', () => {
    const stored = handWorkshop();
    const grid = (count: number) => {
      const ids = Array.from({ length: count }, (_, i) => `P${i}`);
      const result = scoreWorkshop({
        ...stored,
        participants: ids.map((id, i) => person(id, null, i)),
        votes: stored.settings.questionIds.flatMap((q, k) =>
          votesFor(
            q,
            ids,
            ids.map((_, i) => ((i + k) % 5) as 0),
          ),
        ),
      });
      return gridInput({
        result,
        framework: TINY,
        teams: [],
        groupLabel: 'Whole group',
        targetStage: null,
        size: { width: 600, height: 320 },
        tr,
      });
    };
    expect(grid(30).points.filter((p) => p.kind === 'participant')).toHaveLength(30);
    const crowd = grid(61);
    expect(crowd.points.filter((p) => p.kind === 'participant')).toHaveLength(0);
    expect(crowd.spread).not.toBeNull();
  });
});
