import type { Framework } from '../framework';
import type { ArchetypeMix, GridPoint, ProfileEntry, ProfileResult } from '../scoring/types';
import {
  citedValues,
  decimal,
  explanation,
  meanOf,
  percent,
  type Explanation,
  type QuestionRef,
  type Words,
} from './format';
import { archetypeName } from '../framework/names';

/**
 * The workings behind a profile's figures (the group's, a team's, a role's), worded from the catalog
 * with the workshop's own numbers and the values the engine cites: "Stage 2 counts as reached:
 * attainment 0.68 ≥ 0.60". The screen shows them on demand; the report's method appendix prints them.
 */

export function explainStages(profile: ProfileResult, tr: Words, ref: QuestionRef): Explanation {
  const lines: string[] = [];
  for (const a of profile.attainment) {
    const stage = a.stage;
    const threshold = decimal(tr, a.threshold);
    if (a.notAssessed) {
      lines.push(tr.t('results.explain.stage.notAssessed', { stage }));
      continue;
    }
    if (a.attainment === null) {
      lines.push(tr.t('results.explain.stage.noValue', { stage, threshold }));
      continue;
    }
    const attainment = decimal(tr, a.attainment);
    lines.push(
      tr.t('results.explain.stage.attainment', { stage, cited: citedValues(a.used, tr, ref), attainment }),
    );
    if (a.reached) lines.push(tr.t('results.explain.stage.reached', { stage, attainment, threshold }));
    else if (a.meetsThreshold)
      lines.push(tr.t('results.explain.stage.blocked', { stage, attainment, threshold }));
    else lines.push(tr.t('results.explain.stage.missed', { stage, attainment, threshold }));
  }
  if (profile.stageReached !== null)
    lines.push(tr.t('results.explain.stage.result', { stage: profile.stageReached }));
  return explanation(lines, ['stageAttainment', 'stageReached'], tr);
}

export function explainGridPoint(
  point: GridPoint,
  profile: ProfileResult,
  tr: Words,
  ref: QuestionRef,
): Explanation {
  const lines: string[] = [];
  if (point.x === null) lines.push(tr.t('results.explain.grid.noX'));
  else {
    lines.push(
      tr.t('results.explain.grid.x', {
        cited: citedValues(point.involvementUsed, tr, ref),
        x: decimal(tr, point.x),
      }),
    );
  }
  const threshold = profile.attainment[0]?.threshold ?? 0;
  const reached = point.stageReached;
  const progress = decimal(tr, point.progress);
  if (reached < 4) {
    const next = profile.attainment[reached];
    lines.push(
      next?.attainment == null
        ? tr.t('results.explain.grid.progressNone', { next: reached + 1 })
        : tr.t('results.explain.grid.progress', {
            next: reached + 1,
            attainment: decimal(tr, next.attainment),
            threshold: decimal(tr, threshold),
            progress,
          }),
    );
  } else {
    lines.push(
      tr.t('results.explain.grid.progressTop', {
        attainment: decimal(tr, profile.attainment[3]?.attainment ?? 0),
        threshold: decimal(tr, threshold),
        progress,
      }),
    );
  }
  lines.push(
    tr.t('results.explain.grid.y', {
      stage: reached,
      progress,
      execution: decimal(tr, point.execution),
      y: decimal(tr, point.y),
    }),
  );
  if (point.leftOfBand && point.x !== null) {
    lines.push(
      tr.t('results.explain.grid.leftOfBand', {
        x: decimal(tr, point.x),
        stage: reached,
        start: decimal(tr, point.band.xStart),
      }),
    );
  }
  return explanation(lines, ['gridX', 'gridY'], tr);
}

export function explainMix(mix: ArchetypeMix | null, framework: Framework, tr: Words): Explanation {
  if (mix === null) return explanation([tr.t('results.explain.mix.none')], ['archetypeMix'], tr);
  const name = (id: string) => archetypeName(framework, id);
  const lines = [tr.t('results.explain.mix.pooled', { count: mix.pooled })];
  for (const share of [...mix.shares].sort((a, b) => b.share - a.share)) {
    lines.push(
      tr.t(mix.pooled > 1 ? 'results.explain.mix.share' : 'results.explain.mix.own', {
        name: name(share.archetypeId),
        share: percent(tr, share.share),
        count: share.contributions.length,
        min: percent(tr, share.min),
        max: percent(tr, share.max),
      }),
    );
  }
  if (mix.withoutMix.length > 0)
    lines.push(tr.t('results.explain.mix.withoutMix', { count: mix.withoutMix.length }));
  if (mix.notAssessed.length > 0) {
    lines.push(tr.t('results.explain.mix.notAssessed', { names: mix.notAssessed.map(name).join(', ') }));
  }
  return explanation(lines, ['archetypeMix'], tr);
}

/** An enabler, a responsibility area or a goal: the mean of its questions' values over 4. */
export function explainEntries(
  entries: readonly ProfileEntry[],
  nameOf: (id: string) => string,
  rule: 'enablers' | 'responsibilityAreas' | 'goals',
  tr: Words,
  ref: QuestionRef,
): Explanation {
  const lines = entries.map((e) =>
    e.value === null
      ? tr.t('results.explain.entry.none', { name: nameOf(e.id) })
      : tr.t('results.explain.entry.value', {
          name: nameOf(e.id),
          cited: citedValues(e.used, tr, ref),
          mean: decimal(tr, meanOf(e.used)),
          value: percent(tr, e.value),
        }),
  );
  return explanation(lines, [rule], tr);
}
