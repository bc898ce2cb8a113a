// What the projector may show: a slide built in the facilitator's window carries no vote before the
// reveal and no name unless the workshop and the facilitator allow it; a malformed message is ignored.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n';
import { OSPO_FRAMEWORK } from '../../../shared/framework';
import { roomSeesVoters } from '../../../shared/model/participant-name';
import { parseProjectorMessage } from '../../../shared/projector/messages';
import { comparisonSlide, overviewSlide, questionSlide } from '../../../shared/projector/slides';
import { compareGroups, filterWorkshop, teamSeries } from '../../../shared/results';
import { scoreRevealed } from '../../../shared/scoring/counted-votes';
import { reportWorkshop } from '../../support/report-workshop';
import { scoreWorkshop, summarizeQuestionRounds } from '../../../shared/scoring';
import { handWorkshop, person, TINY, votesFor } from './scoring/fixtures';

const tr = createTranslator('en');
const people = ['Ana', 'Bo', 'Cy', 'Dee'].map((id, i) => ({ ...person(id, null, i), alias: `Fox ${i}` }));
const question = OSPO_FRAMEWORK.questions[0]!;
const votes = votesFor(question.id, ['Ana', 'Bo', 'Cy', 'Dee'], [0, 4, 4, 4]);
const current = summarizeQuestionRounds(question.id, votes, people).rounds[0];
const slide = (revealed: boolean, anonymity: 'names' | 'aliases' | 'anonymous', whoVotedWhat = false) =>
  questionSlide({
    question,
    framework: OSPO_FRAMEWORK,
    position: 1,
    total: 12,
    round: 1,
    current,
    revealed,
    voted: 4,
    participants: people,
    anonymity,
    whoVotedWhat,
    tr,
  });

describe('projector slides', () => {
  it('before the reveal: the question and the count, nothing of the votes', () => {
    const hidden = slide(false, 'names', true);
    expect(hidden.hidden).toEqual({ voted: '4 of 4 voted' });
    expect(hidden.revealed).toBeNull();
    expect(JSON.stringify(hidden)).not.toMatch(/median|Ana|Fox/i);
  });

  it('after the reveal: names only in a named workshop whose facilitator chose to show them', () => {
    // Ana voted 0 against a median of 4: far from the median.
    expect(slide(true, 'anonymous', true).revealed?.far).toBe(
      '1 person sits 2 or more points from the median',
    );
    expect(slide(true, 'names', false).revealed?.far).toBe('1 person sits 2 or more points from the median');
    expect(slide(true, 'names', true).revealed?.far).toBe('Far from the median: Ana');
    expect(slide(true, 'aliases', true).revealed?.far).toBe('Far from the median: Fox 0');
    expect(JSON.stringify(slide(true, 'anonymous', true))).not.toMatch(/Ana|Bo|Cy|Dee|Fox/);
    expect(roomSeesVoters('anonymous', true)).toBe(false);
    expect(roomSeesVoters('names', false)).toBe(false);
  });

  it('every slide passes the projector’s own check, and anything else is refused', () => {
    const result = scoreWorkshop(handWorkshop());
    const overview = overviewSlide({
      result,
      framework: TINY,
      title: 'Whole group',
      groupLabel: 'Whole group',
      targetStage: 2,
      teams: [],
      tr,
    });
    for (const s of [slide(false, 'names'), slide(true, 'anonymous'), overview]) {
      expect(parseProjectorMessage({ type: 'slide', workshopId: 'w', seq: 1, slide: s })).not.toBeNull();
    }
    expect(overview.charts.map((c) => c.label)).toEqual(['Maturity grid', 'Archetype mix']);
    expect(
      parseProjectorMessage({ type: 'slide', workshopId: 'w', seq: 1, slide: { kind: 'question' } }),
    ).toBeNull();
    expect(parseProjectorMessage({ type: 'hello' })).toBeNull();
    expect(parseProjectorMessage('hello')).toBeNull();
    const bad = {
      ...overview,
      charts: [{ label: 'x', chart: { width: 1, height: 1, shapes: [{ kind: 'script', key: 'k' }] } }],
    };
    expect(parseProjectorMessage({ type: 'slide', workshopId: 'w', seq: 1, slide: bad })).toBeNull();
  });
});

describe('the projector’s comparison of many teams', () => {
  it('fits ten teams on one screen: their stages run on, and the gap chart keeps to the grid’s height', () => {
    const stored = reportWorkshop({ participants: 30, questions: 'short', teams: 10, seed: 3 }).stored;
    const whole = scoreRevealed(stored);
    const comparison = compareGroups(
      teamSeries(stored.teams).map((s) => ({
        ...s,
        result: scoreRevealed(filterWorkshop(stored, { kind: 'team', teamId: s.key }, whole)),
      })),
    );
    const slide = comparisonSlide({
      comparison,
      framework: stored.framework,
      title: 'Teams',
      targetStage: 2,
      tr,
    });
    expect(slide.lines).toHaveLength(1);
    for (const team of stored.teams) expect(slide.lines[0]).toContain(`${team.name}: stage`);
    const [grid, gaps] = slide.charts;
    expect(gaps!.chart.height).toBeLessThanOrEqual(grid!.chart.height);
    // Still the largest gaps, at least the first few.
    expect(gaps!.chart.shapes.filter((s) => s.key.startsWith('note-')).length).toBeGreaterThanOrEqual(2);
  });
});
