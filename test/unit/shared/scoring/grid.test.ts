// The staircase geometry the charts share.
import { describe, expect, it } from 'vitest';
import { GRID_BANDS, GRID_BAND_X_START, MAX_BAND_PROGRESS, gridBand } from '../../../../shared/scoring';

describe('grid geometry', () => {
  it('stacks five bands of height 1/5, each starting further right and running to the right edge', () => {
    expect(GRID_BANDS).toHaveLength(5);
    GRID_BANDS.forEach((band, s) => {
      expect(band).toEqual(gridBand(s as 0 | 1 | 2 | 3 | 4));
      expect([band.yStart, band.yEnd]).toEqual([s / 5, (s + 1) / 5]);
      expect(band.xEnd).toBe(1);
      if (s > 0) expect(band.xStart).toBeGreaterThan(GRID_BAND_X_START[s - 1] as number);
    });
  });

  it('caps stage-4 progress below 1 so a perfect score stays inside the grid', () => {
    expect(MAX_BAND_PROGRESS).toBeLessThan(1);
    expect((4 + MAX_BAND_PROGRESS) / 5).toBeLessThan(1);
  });
});
