import { useMemo, useState } from 'react';
import { useTranslator } from '../../app/i18n';
import type { Framework } from '../../../shared/framework';
import { roleLabel } from '../../../shared/model/labels';
import {
  compareGroups,
  questionRefs,
  rolesPresent,
  seriesStyle,
  type ResultsFilter,
  type Series,
} from '../../../shared/results';
import type { WorkshopRecord } from '../../db/records';
import { ComparisonBody } from './ComparisonBody';
import { SeriesMark } from './SeriesMark';
import { useResultsFor, type WorkshopData } from './use-results';

interface Candidate extends Series {
  filter: ResultsFilter;
  size: number;
}

/**
 * Team or role comparison: pick two or more, see them side by side (stage, grid point, mix), the questions
 * where they differ most ranked by gap with each one's distribution, and where groups agree among
 * themselves but not with each other. Each group's figures come from its own members' votes.
 */
export function ComparisonView({
  workshop,
  framework,
  data,
  kind,
  series,
}: {
  workshop: WorkshopRecord;
  framework: Framework;
  data: WorkshopData;
  kind: 'teams' | 'roles';
  series: readonly Series[];
}) {
  const tr = useTranslator();
  const { t } = tr;
  const candidates = useMemo<Candidate[]>(() => {
    if (kind === 'teams') {
      return series.map((s) => ({
        ...s,
        filter: { kind: 'team', teamId: s.key },
        size: data.participants.filter((p) => p.teamId === s.key).length,
      }));
    }
    return rolesPresent(data.participants).map((role, i) => ({
      key: role,
      label: roleLabel(role, t),
      ...seriesStyle(i),
      filter: { kind: 'role', role },
      size: data.participants.filter((p) => p.role === role).length,
    }));
  }, [kind, series, data.participants, t]);
  const [picked, setPicked] = useState<ReadonlySet<string> | null>(null);
  // Until the facilitator picks, every group with members is compared.
  const chosen = useMemo(
    () => candidates.filter((c) => (picked ? picked.has(c.key) : c.size > 0)),
    [candidates, picked],
  );
  const filters = useMemo(() => chosen.map((c) => c.filter), [chosen]);
  const results = useResultsFor(workshop.id, data, framework, workshop.settings, filters);
  const comparison = useMemo(() => {
    if (chosen.length < 2) return null;
    const groups = chosen.flatMap((c, i) => {
      const result = results[i];
      return result ? [{ key: c.key, label: c.label, color: c.color, marker: c.marker, result }] : [];
    });
    return groups.length === chosen.length ? compareGroups(groups) : null;
  }, [results, chosen]);

  const toggle = (key: string) => {
    const next = new Set(picked ?? chosen.map((c) => c.key));
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setPicked(next);
  };

  return (
    <div className="results-compare">
      <fieldset className="compare-picker">
        <legend>{t(kind === 'teams' ? 'results.compare.pickTeams' : 'results.compare.pickRoles')}</legend>
        {candidates.length < 2 ? (
          <p className="muted">
            {t(kind === 'teams' ? 'results.compare.fewTeams' : 'results.compare.fewRoles')}
          </p>
        ) : null}
        {candidates.map((c) => (
          <label key={c.key} className="compare-option">
            <input
              type="checkbox"
              checked={chosen.some((x) => x.key === c.key)}
              disabled={c.size === 0}
              onChange={() => toggle(c.key)}
            />
            <SeriesMark color={c.color} marker={c.marker} />
            {t('results.compare.option', { name: c.label, count: c.size })}
          </label>
        ))}
      </fieldset>
      {candidates.length >= 2 && chosen.length < 2 ? (
        <p role="status">{t('results.compare.pickTwo')}</p>
      ) : null}
      {comparison ? (
        <ComparisonBody
          comparison={comparison}
          framework={framework}
          workshop={workshop}
          refs={questionRefs(comparison.groups[0]!.result, tr)}
        />
      ) : null}
    </div>
  );
}
