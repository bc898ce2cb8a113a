import { useId } from 'react';
import { useTranslator } from '../../app/i18n';
import { roleLabel } from '../../../shared/model/labels';
import { filterKey } from './use-results';
import { rolesPresent, WHOLE_GROUP, type ResultsFilter } from '../../../shared/results';
import type { WorkshopData } from './use-results';

/** Whose figures are shown: the whole group, one team or one role (the figures recomputed for them). */
export function FilterChoice({
  data,
  filter,
  onChange,
}: {
  data: WorkshopData;
  filter: ResultsFilter;
  onChange(filter: ResultsFilter): void;
}) {
  const { t } = useTranslator();
  const id = useId();
  const teams = data.teams.filter((team) => data.participants.some((p) => p.teamId === team.id));
  const roles = rolesPresent(data.participants);
  const options: { key: string; label: string; filter: ResultsFilter }[] = [
    { key: 'all', label: t('results.filter.all'), filter: WHOLE_GROUP },
    ...teams.map((team) => ({
      key: `team:${team.id}`,
      label: t('results.filter.team', { name: team.name }),
      filter: { kind: 'team', teamId: team.id } as const,
    })),
    ...roles.map((role) => ({
      key: `role:${role}`,
      label: t('results.filter.role', { role: roleLabel(role, t) }),
      filter: { kind: 'role', role } as const,
    })),
  ];
  const count = data.participants.filter((p) =>
    filter.kind === 'all'
      ? true
      : filter.kind === 'team'
        ? p.teamId === filter.teamId
        : p.role === filter.role,
  ).length;
  return (
    <div className="results-filter">
      <label htmlFor={id}>{t('results.filter.label')}</label>
      <select
        id={id}
        value={filterKey(filter)}
        onChange={(e) => {
          const chosen = options.find((o) => o.key === e.target.value);
          if (chosen) onChange(chosen.filter);
        }}
      >
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
      <span className="muted" data-testid="filter-count">
        {t('results.filter.count', { count })}
      </span>
    </div>
  );
}
