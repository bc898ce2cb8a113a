// The live summary composes its sentences from the message catalog out of the engine's data.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
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

function renderSummary(result: WorkshopResult) {
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
      <SummaryPanel result={result} framework={TINY} teams={[]} />
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
    expect(result.group.gridPoint.leftOfBand).toBe(true);
    renderSummary(result);
    expect(screen.getByTestId('summary-left-of-band').textContent).toBe(
      'The point sits left of the band of stage 3 (Engagement): its practices are in place, with less involvement in open source than that stage usually goes with.',
    );
  });

  it('says nothing about the band when the point lies inside it', () => {
    renderSummary(scoreWorkshop(handWorkshop()));
    expect(screen.queryByTestId('summary-left-of-band')).toBeNull();
  });
});
