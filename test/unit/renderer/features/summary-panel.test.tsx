// The live summary composes its sentences from the message catalog out of the engine's data.
import { describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { SummaryPanel } from '../../../../renderer/features/session/SummaryPanel';
import { OspoDatabase } from '../../../../renderer/db/database';
import { createRepositories } from '../../../../renderer/db/repositories';
import { createAppStore, StoreProvider } from '../../../../renderer/store/app-store';
import { defaultWorkshopSettings } from '../../../../renderer/features/workshops/defaults';
import { createTranslator } from '../../../../shared/i18n';
import { scoreWorkshop } from '../../../../shared/scoring';
import type { WorkshopResult } from '../../../../shared/scoring';
import { TINY, TINY_IDS, decision, handWorkshop, settings } from '../../shared/scoring/fixtures';
import { uniqueDbName } from '../db/db-harness';
import type { Framework } from '../../../../shared/framework';
import { GGI_FRAMEWORK } from '../../../fixtures/frameworks';
import { DEFAULT_THRESHOLDS } from '../../../../shared/model/types';

function renderSummary(result: WorkshopResult, framework: Framework = TINY) {
  const repos = createRepositories(new OspoDatabase(uniqueDbName('summary')), {
    defaults: defaultWorkshopSettings,
  });
  const store = createAppStore({
    repos,
    t: createTranslator('en').t,
    preferences: { load: () => ({}), save: () => {} },
  });
  return render(
    <StoreProvider store={store}>
      <SummaryPanel result={result} framework={framework} teams={[]} />
    </StoreProvider>,
  );
}

describe('live summary', () => {
  it('says when the next stage is not assessed instead of showing an empty attainment', () => {
    const custom = {
      ...handWorkshop(),
      settings: settings({ questionIds: TINY_IDS.filter((id) => id !== 's2a') }),
    };
    renderSummary(scoreWorkshop(custom));
    expect(screen.getByTestId('summary-not-assessed').textContent).toBe(
      'Stage 2 is not assessed: no question of that stage is in this question set, so the result stops at stage 1.',
    );
  });

  it('words the call-out for a point left of its band from the catalog', () => {
    // With s2a agreed at 3, stage 3 is reached while involvement is 0.5, left of band 3 (from 0.6).
    const result = scoreWorkshop({ ...handWorkshop(), decisions: [decision('s2a', 3)] });
    expect(result.group.gridPoint!.leftOfBand).toBe(true);
    renderSummary(result);
    expect(screen.getByTestId('summary-left-of-band').textContent).toBe(
      'The point sits left of the band of stage 3 (Engagement): its practices are in place, with less involvement in open source than that stage usually goes with.',
    );
  });

  it('says what an archetype mix rests on, and shows none from a single statement', () => {
    // The hand workshop rates all four statements (a1, a2, b1, b2; b2 all zeros still counts as rated).
    renderSummary(scoreWorkshop(handWorkshop()));
    expect(screen.getByTestId('summary-mix-basis').textContent).toBe('From 4 of 4 statements rated so far.');
    expect(screen.getByTestId('summary-mix')).toBeTruthy();
    cleanup();

    // Only a1 rated: a mix of "100 %" would say nothing, so it is named for what it is.
    const one = handWorkshop();
    const only = { ...one, votes: one.votes.filter((v) => !['a2', 'b1', 'b2'].includes(v.questionId)) };
    renderSummary(scoreWorkshop(only));
    expect(screen.getByTestId('summary-mix-basis').textContent).toBe(
      'From 1 of 4 statements so far: too little to show a mix.',
    );
    expect(screen.queryByTestId('summary-mix')).toBeNull();
    expect(screen.queryByText('100%')).toBeNull();
  });

  it('draws the grid with both axis titles and every band named', () => {
    renderSummary(scoreWorkshop(handWorkshop()));
    const drawn = [...document.querySelectorAll('svg text')].map((el) => el.textContent);
    expect(drawn).toContain(`↑ ${TINY.axes!.execution.name}`);
    expect(drawn).toContain(`${TINY.axes!.involvement.name} →`);
    for (const [stage, { name }] of TINY.stages.entries()) expect(drawn).toContain(`${stage} · ${name}`);
  });

  it('says nothing about the band when the point lies inside it', () => {
    renderSummary(scoreWorkshop(handWorkshop()));
    expect(screen.queryByTestId('summary-left-of-band')).toBeNull();
  });

  it('shows a framework without stages or archetypes by its goals, with no stage, grid or mix', () => {
    const fw = GGI_FRAMEWORK;
    const result = scoreWorkshop({
      framework: fw,
      participants: [],
      teams: [],
      votes: [],
      decisions: [],
      settings: {
        frameworkId: fw.id,
        frameworkVersion: fw.version,
        questionIds: fw.questions.map((q) => q.id),
        targetStage: null,
        anonymity: 'names',
        thresholds: DEFAULT_THRESHOLDS,
      },
    });
    renderSummary(result, fw);
    const goals = screen.getByTestId('summary-goals');
    expect([...goals.querySelectorAll('li')].map((li) => li.textContent)).toEqual(
      fw.goals.map((g) => `${g.name}not rated yet`),
    );
    expect(screen.queryByTestId('summary-stage')).toBeNull();
    expect(screen.queryByTestId('summary-grid')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByText('Archetype mix')).toBeNull();
  });
});
