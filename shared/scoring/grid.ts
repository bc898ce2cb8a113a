/**
 * Geometry of the maturity grid (the staircase figure of the five-stage OSPO model): stage bands are
 * stacked along Y (ability to execute) and each higher band starts further right on X (involvement),
 * running to the right edge. Charts on screen and in the PDF read these constants; nothing else
 * defines where a band is.
 */

export const STAGE_COUNT = 5;

/** Where each band starts on the involvement axis (x ∈ [0, 1]); band s starts at s/5. */
export const GRID_BAND_X_START: readonly number[] = [0, 0.2, 0.4, 0.6, 0.8];

/**
 * Progress within the top band is capped so a perfect stage-4 score stays inside the grid (E < 5, y < 1)
 * instead of sitting on its upper edge. Lower bands need no cap: there progress is the next stage's
 * attainment over the threshold, which is below 1 whenever that stage is not reached.
 */
export const MAX_BAND_PROGRESS = 0.99;

export interface GridBand {
  stage: 0 | 1 | 2 | 3 | 4;
  xStart: number;
  xEnd: number;
  yStart: number;
  yEnd: number;
}

export function gridBand(stage: 0 | 1 | 2 | 3 | 4): GridBand {
  return {
    stage,
    xStart: GRID_BAND_X_START[stage] as number,
    xEnd: 1,
    yStart: stage / STAGE_COUNT,
    yEnd: (stage + 1) / STAGE_COUNT,
  };
}

/** All five bands, bottom to top. */
export const GRID_BANDS: readonly GridBand[] = ([0, 1, 2, 3, 4] as const).map(gridBand);
