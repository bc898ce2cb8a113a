import type { Translator } from '../i18n';
import { groupKeyOf } from '../model/question-selection';
import { groupLabel, roleLabel } from '../model/labels';
import { shownName } from '../model/participant-name';
import { voteLabel } from '../model/vote-scale';
import { scoreRevealed } from '../scoring/counted-votes';
import type { WorkshopData } from './workshop-data';

type Cell = string | number | null;

/**
 * CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads accents), RFC 4180 (CRLF line ends;
 * a field with a comma, quote or line break is quoted and its quotes doubled), and every text cell that
 * a spreadsheet would run as a formula — starting with =, +, -, @, a tab or a carriage return — prefixed
 * with an apostrophe. Numbers the app computes are written as numbers ("." as decimal point).
 */
export function csvText(rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(Math.round(cell * 1e6) / 1e6) : '';
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Questions in the workshop's order, then any other question of the framework that has votes. */
function questionOrder(data: WorkshopData): Map<string, number> {
  const order = new Map(data.workshop.settings.questionIds.map((id, i) => [id, i]));
  data.framework.questions.forEach((q) => {
    if (!order.has(q.id)) order.set(q.id, order.size);
  });
  return order;
}

/**
 * One row per vote: question id and text, the participant as the workshop's anonymity setting names
 * them, team, role, round, whether the round was revealed, the value (0–4, empty for an answer that is
 * not a vote), the answer in words, and when it was recorded (ISO 8601, UTC).
 */
export function votesCsv(data: WorkshopData, tr: Pick<Translator, 't'>): string {
  const { t } = tr;
  const questions = new Map(data.framework.questions.map((q) => [q.id, q]));
  const people = new Map(data.participants.map((p) => [p.id, p]));
  const teams = new Map(data.teams.map((team) => [team.id, team.name]));
  const revealed = new Set(
    data.rounds.filter((r) => r.revealedAt !== null).map((r) => `${r.questionId}\u0000${r.round}`),
  );
  const order = questionOrder(data);
  const votes = [...data.votes].sort(
    (a, b) =>
      (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0) ||
      a.round - b.round ||
      (people.get(a.participantId)?.order ?? 0) - (people.get(b.participantId)?.order ?? 0),
  );
  const anonymity = data.workshop.settings.anonymity;
  const rows: Cell[][] = [
    [
      t('csv.votes.questionId'),
      t('csv.votes.question'),
      t('csv.votes.participant'),
      t('csv.votes.team'),
      t('csv.votes.role'),
      t('csv.votes.round'),
      t('csv.votes.revealed'),
      t('csv.votes.value'),
      t('csv.votes.answer'),
      t('csv.votes.recordedAt'),
    ],
  ];
  for (const v of votes) {
    const person = people.get(v.participantId);
    rows.push([
      v.questionId,
      questions.get(v.questionId)?.statement ?? '',
      person ? shownName(person, anonymity, tr) : v.participantId,
      person?.teamId ? (teams.get(person.teamId) ?? '') : '',
      person?.role ? roleLabel(person.role, t) : '',
      v.round,
      revealed.has(`${v.questionId}\u0000${v.round}`) ? t('csv.yes') : t('csv.no'),
      typeof v.value === 'number' ? v.value : null,
      voteLabel(v.value, tr, 'long'),
      new Date(v.at).toISOString(),
    ]);
  }
  return csvText(rows);
}

/**
 * One row per question in play, with the figures the results screen and the report show (from the
 * revealed rounds): the round used, counts, median and quartiles, agreement measures and status, the
 * consensus value, an agreed value with its rationale, the value used for scoring, and the notes.
 */
export function resultsCsv(data: WorkshopData, tr: Pick<Translator, 't'>): string {
  const { t } = tr;
  const result = scoreRevealed({ ...data, settings: data.workshop.settings });
  const questions = new Map(data.framework.questions.map((q) => [q.id, q]));
  const rows: Cell[][] = [
    [
      t('csv.results.questionId'),
      t('csv.results.question'),
      t('csv.results.informs'),
      t('csv.results.round'),
      t('csv.results.votes'),
      t('csv.results.dontKnow'),
      t('csv.results.notApplicable'),
      t('csv.results.median'),
      t('csv.results.q1'),
      t('csv.results.q3'),
      t('csv.results.iqr'),
      t('csv.results.withinOne'),
      t('csv.results.cns'),
      t('csv.results.agreementA'),
      t('csv.results.rwg'),
      t('csv.results.status'),
      t('csv.results.consensusValue'),
      t('csv.results.agreedValue'),
      t('csv.results.rationale'),
      t('csv.results.scoringValue'),
      t('csv.results.notes'),
    ],
  ];
  for (const r of result.questions) {
    const q = questions.get(r.questionId);
    const s = r.statistics;
    rows.push([
      r.questionId,
      q?.statement ?? '',
      q ? groupLabel(groupKeyOf(q.informs), data.framework, t) : '',
      r.round,
      s?.n ?? 0,
      r.dontKnowCount,
      r.notApplicableCount,
      s?.median ?? null,
      s?.q1 ?? null,
      s?.q3 ?? null,
      s?.iqr ?? null,
      s?.withinOneShare ?? null,
      s?.cns ?? null,
      s?.agreementA ?? null,
      s?.rwg ?? null,
      t(`session.status.${r.status}`),
      r.consensusValue,
      r.agreedValue,
      r.rationale,
      r.scoringValue,
      r.notes,
    ]);
  }
  return csvText(rows);
}
