import type { Framework, FrameworkQuestion } from '../framework';
import type { MessageKey, MessageParams, Translator } from '../i18n';
import { shownName } from '../model/participant-name';
import type { Anonymity, Participant, WorkshopSettings } from '../model/types';
import { questionRefs } from '../results';
import type { StoredWorkshop } from '../scoring/counted-votes';
import type { AgreementStatus, QuestionResult, WorkshopResult } from '../scoring/types';
import type { ReportCreation, ReportOptions } from './types';

/** The workshop's own fields, as the cover and the footer name it. */
export interface ReportWorkshop {
  id: string;
  title: string;
  organization: string;
  /** Calendar date, YYYY-MM-DD. */
  date: string;
  facilitator: string;
}

/** Everything a report is made from: the stored workshop (every vote and round) and what to compare with. */
export interface ReportInput {
  workshop: ReportWorkshop;
  stored: StoredWorkshop;
  earlier: { workshop: ReportWorkshop; stored: StoredWorkshop } | null;
  created: ReportCreation;
  /** The application and version that wrote the file (the PDF's Creator). */
  creator: string;
}

/** What the framework and the question set hold: a figure is drawn only when its questions are asked. */
export interface ReportCoverage {
  /** The five-stage model: stage reached, grid, next steps (its questions are in the set). */
  stages: boolean;
  involvement: boolean;
  enablers: boolean;
  archetypes: boolean;
  areas: boolean;
  goals: boolean;
}

/** Shared by every section builder: the results, the words and the naming rules of this report. */
export interface ReportContext {
  tr: Translator;
  t(key: MessageKey, params?: MessageParams): string;
  input: ReportInput;
  options: ReportOptions;
  framework: Framework;
  settings: WorkshopSettings;
  result: WorkshopResult;
  /** The earlier workshop's results, when the export compares with one. */
  earlierResult: WorkshopResult | null;
  /** The workshop's setting, or anonymous when the facilitator anonymizes the export. */
  anonymity: Anonymity;
  coverage: ReportCoverage;
  questions: QuestionResult[];
  question(id: string): FrameworkQuestion | undefined;
  /** "Q7": the question's place in the workshop's order, the same in the summary and the appendix. */
  questionLabel(id: string): string;
  stageName(stage: number): string;
  archetypeName(id: string): string;
  enablerName(id: string): string;
  areaName(id: string): string;
  goalName(id: string): string;
  teamName(id: string | null): string;
  personName(p: Participant): string;
  statusWord(status: AgreementStatus): string;
  /** A 0–4 value: whole numbers bare, halves with one decimal. */
  value(v: number): string;
  num(v: number, digits?: number): string;
  pct(v: number): string;
  /** Free text typed by the facilitator, with participants' names replaced as the anonymity requires. */
  redact(text: string): string;
}

const STATUS_KEYS: Record<AgreementStatus, MessageKey> = {
  consensus: 'session.status.consensus',
  split: 'session.status.split',
  polarized: 'session.status.polarized',
  undetermined: 'session.status.undetermined',
  noVotes: 'session.status.noVotes',
};

export function createReportContext(
  input: ReportInput,
  options: ReportOptions,
  tr: Translator,
  result: WorkshopResult,
  earlierResult: WorkshopResult | null = null,
): ReportContext {
  const { framework, settings } = input.stored;
  const anonymity: Anonymity = options.anonymize ? 'anonymous' : settings.anonymity;
  const byId = new Map(framework.questions.map((q) => [q.id, q]));
  const named = <T extends { id: string; name: string }>(list: readonly T[]) =>
    new Map(list.map((x) => [x.id, x.name]));
  const archetypes = named(framework.archetypes);
  const enablers = named(framework.enablers);
  const areas = named(framework.responsibilityAreas);
  const goals = named(framework.goals);
  const teams = new Map(input.stored.teams.map((x) => [x.id, x.name]));
  const kinds = new Set(result.questions.map((q) => q.informs.kind));
  const asked = (q: QuestionResult) => byId.get(q.questionId)?.responsibilityAreas.length ?? 0;
  const measures = result.measures;
  const t = tr.t;
  const ctx: ReportContext = {
    tr,
    t,
    input,
    options,
    framework,
    settings,
    result,
    earlierResult,
    anonymity,
    coverage: {
      stages: measures.stages && kinds.has('stagePractice'),
      involvement: measures.stages && kinds.has('involvement'),
      enablers: measures.enablers && kinds.has('enabler'),
      archetypes: measures.archetypeMix && kinds.has('archetype'),
      areas: measures.responsibilityAreas && result.questions.some((q) => asked(q) > 0),
      goals: measures.goals && kinds.has('goal'),
    },
    questions: result.questions,
    question: (id) => byId.get(id),
    questionLabel: questionRefs(result, tr),
    stageName: (stage) => framework.stages.find((s) => s.stage === stage)?.name ?? '',
    archetypeName: (id) => archetypes.get(id) ?? id,
    enablerName: (id) => enablers.get(id) ?? id,
    areaName: (id) => areas.get(id) ?? id,
    goalName: (id) => goals.get(id) ?? id,
    teamName: (id) => (id === null ? t('report.team.none') : (teams.get(id) ?? id)),
    personName: (p) => shownName(p, anonymity, tr),
    statusWord: (status) => t(STATUS_KEYS[status]),
    value: (v) => tr.formatNumber(v, Number.isInteger(v) ? 0 : 1),
    num: (v, digits = 2) => tr.formatNumber(v, digits),
    pct: (v) => tr.formatPercent(v),
    redact: createRedactor(input.stored.participants, anonymity, tr),
  };
  return ctx;
}

/**
 * Notes and rationales are typed in the room and may name people ("Ana disagreed"). Where the report
 * must not show names, each participant's name (and alias, when names are hidden too) is replaced by
 * how the report shows that person, as whole words, longest names first so "Ana María" wins over "Ana".
 */
function createRedactor(
  participants: readonly Participant[],
  anonymity: Anonymity,
  tr: Translator,
): (text: string) => string {
  if (anonymity === 'names') return (text) => text;
  const replacements: [string, string][] = [];
  for (const p of participants) {
    const shown = shownName(p, anonymity, tr);
    const hidden = anonymity === 'anonymous' ? [p.displayName, p.alias] : [p.displayName];
    for (const name of hidden) {
      if (name.trim().length >= 2 && name !== shown) replacements.push([name.trim(), shown]);
    }
  }
  if (replacements.length === 0) return (text) => text;
  replacements.sort((a, b) => b[0].length - a[0].length);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${replacements.map(([name]) => escape(name)).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const lookup = new Map(replacements.map(([name, shown]) => [name.toLocaleLowerCase(), shown]));
  return (text) => text.replace(pattern, (match) => lookup.get(match.toLocaleLowerCase()) ?? match);
}
