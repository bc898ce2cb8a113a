import { roleLabel } from '../model/labels';
import { revealedVotes } from '../scoring/counted-votes';
import type { ReportContext } from './context';
import type { ReportBlock, ReportSection } from './types';

/**
 * Who took part, named as the workshop (or the export) says: by name, by alias, or not at all. An
 * anonymous report lists how many people each team brought and in which roles, never a person.
 */
export function participantsSection(ctx: ReportContext): ReportSection {
  const { t } = ctx;
  const stored = ctx.input.stored;
  const people = [...stored.participants].sort((a, b) => a.order - b.order);
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t(`report.participants.intro.${ctx.anonymity}`), tone: 'lede' },
  ];
  const role = (r: string | null) => (r === null ? '—' : roleLabel(r, t));
  if (ctx.anonymity === 'anonymous') {
    const teams = [...stored.teams].sort((a, b) => a.order - b.order).map((x) => x.id as string | null);
    if (people.some((p) => p.teamId === null)) teams.push(null);
    blocks.push({
      kind: 'table',
      columns: [
        { header: t('report.teams.team'), width: 0.3 },
        { header: t('report.teams.people'), width: 0.12, align: 'right' },
        { header: t('report.participants.roles'), width: 0.58 },
      ],
      rows: teams.map((id) => {
        const members = people.filter((p) => p.teamId === id);
        const counts = new Map<string, number>();
        for (const p of members) counts.set(role(p.role), (counts.get(role(p.role)) ?? 0) + 1);
        const roles = [...counts].map(([name, n]) => t('report.participants.roleCount', { name, n }));
        return [ctx.teamName(id), String(members.length), roles.join(', ') || '—'];
      }),
    });
    return { id: 'participants', title: t('report.participants.title'), blocks };
  }
  const inPlay = new Set(ctx.questions.map((q) => q.questionId));
  const answered = new Map<string, Set<string>>();
  for (const v of revealedVotes(stored.votes, stored.rounds)) {
    if (!inPlay.has(v.questionId)) continue;
    let set = answered.get(v.participantId);
    if (set === undefined) answered.set(v.participantId, (set = new Set()));
    set.add(v.questionId);
  }
  const total = ctx.questions.length;
  blocks.push({
    kind: 'table',
    columns: [
      { header: t('report.participants.name'), width: 0.34 },
      { header: t('report.teams.team'), width: 0.24 },
      { header: t('report.participants.role'), width: 0.22 },
      { header: t('report.participants.answered'), width: 0.2, align: 'right' },
    ],
    rows: people.map((p) => [
      ctx.personName(p),
      ctx.teamName(p.teamId),
      role(p.role),
      t('report.participants.answeredValue', { n: answered.get(p.id)?.size ?? 0, total }),
    ]),
  });
  return { id: 'participants', title: t('report.participants.title'), blocks };
}
