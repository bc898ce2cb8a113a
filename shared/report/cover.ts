import type { ReportContext } from './context';
import type { ReportBlock, ReportCreation, ReportSection } from './types';

/** The cover: who, what, when, with how many people, on which framework. */
export function coverSection(ctx: ReportContext): ReportSection {
  const { t, tr, input } = ctx;
  const w = input.workshop;
  const people = input.stored.participants.length;
  const teams = input.stored.teams.length;
  const rows = [
    { label: t('workshop.form.organization'), value: w.organization || t('report.cover.none') },
    { label: t('workshop.form.date'), value: tr.formatDate(w.date, 'long') },
    { label: t('workshop.form.facilitator'), value: w.facilitator || t('report.cover.none') },
    {
      label: t('report.cover.people'),
      value: t('report.cover.peopleValue', { participants: people, teams }),
    },
    {
      label: t('report.cover.framework'),
      value: t('report.cover.frameworkValue', {
        title: ctx.framework.title,
        version: ctx.framework.version,
        questions: ctx.questions.length,
      }),
    },
    { label: t('report.cover.anonymity'), value: t(`report.anonymity.${ctx.anonymity}`) },
  ];
  if (ctx.settings.targetStage !== null && ctx.coverage.stages) {
    const stage = ctx.settings.targetStage;
    rows.push({
      label: t('report.cover.target'),
      value: t('report.stage.named', { stage, name: ctx.stageName(stage) }),
    });
  }
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t('report.cover.kicker'), tone: 'muted' },
    { kind: 'title', text: w.title, subtitle: w.organization || undefined },
    { kind: 'facts', rows },
    {
      kind: 'paragraph',
      text: t('report.cover.created', { when: tr.formatDate(createdDay(input.created), 'long') }),
      tone: 'muted',
    },
    { kind: 'paragraph', text: t('report.cover.reading'), tone: 'small' },
  ];
  return { id: 'cover', title: t('report.cover.title'), blocks };
}

/** The calendar day the report was created on, in the local time it was created in (not the reader's). */
export function createdDay(created: ReportCreation): string {
  return new Date(created.epochMs + created.offsetMinutes * 60_000).toISOString().slice(0, 10);
}
