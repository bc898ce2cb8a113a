import type { Translator } from '../i18n';
import { scoreRevealed } from '../scoring/counted-votes';
import { createReportContext, type ReportInput } from './context';
import { coverSection } from './cover';
import { methodSection } from './method';
import { movedBlocks } from './moved';
import { participantsSection } from './participants';
import { questionsSection } from './questions';
import { profileSection, summarySection } from './summary';
import { teamsSection } from './teams';
import type { ReportDocument, ReportOptions, ReportSection } from './types';

/**
 * The report of a workshop as a document model. Scores through `scoreRevealed`, as the screens do, so
 * the report and the screen show the same numbers; every text comes from the catalog through `tr`.
 * Pure: the same input, options and language give the same document.
 */
export function buildReportDocument(
  input: ReportInput,
  options: ReportOptions,
  tr: Translator,
): ReportDocument {
  const result = scoreRevealed(input.stored);
  const earlier = input.earlier === null ? null : scoreRevealed(input.earlier.stored);
  const ctx = createReportContext(input, options, tr, result, earlier);
  const { t } = ctx;
  const w = input.workshop;
  const include = new Set(options.sections);
  const teams = include.has('teams') ? teamsSection(ctx) : null;
  const sections: ReportSection[] = [coverSection(ctx)];
  const profile = include.has('profile') ? profileSection(ctx) : null;
  if (include.has('summary')) {
    sections.push(
      summarySection(ctx, movedBlocks(ctx), { teams: teams !== null, profile: profile !== null }),
    );
  }
  if (profile !== null) sections.push(profile);
  if (teams !== null) sections.push(teams);
  if (include.has('questions')) sections.push(questionsSection(ctx));
  if (include.has('method')) sections.push(methodSection(ctx));
  if (include.has('participants')) sections.push(participantsSection(ctx));
  const date = tr.formatDate(w.date, 'long');
  return {
    language: tr.language,
    paper: options.paper,
    metadata: {
      title: t('report.meta.title', { title: w.title }),
      subject: t('report.meta.subject', { organization: w.organization || w.title, date }),
      author: w.facilitator,
      keywords: [t('report.meta.keywords'), w.organization, ctx.framework.title].filter(Boolean).join(', '),
      creator: input.creator,
    },
    created: input.created,
    footer: {
      text: t('report.footer', { title: w.title, date }),
      pageNumber: t('report.pageNumber'),
    },
    sections,
  };
}
