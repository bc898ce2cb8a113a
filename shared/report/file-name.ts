import type { Translator } from '../i18n';

/**
 * The report's file name, from its own wording: the title without what a save dialog or a file system
 * refuses, then the date. The app's export and the command line name a report alike.
 */
export function reportFileName(workshop: { title: string; date: string }, tr: Translator): string {
  const base = tr
    .t('report.export.fileName', { title: workshop.title, date: workshop.date })
    .replace(/[/\\:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150)
    .replace(/[.\s]+$/, '');
  return `${base || 'OSPO report'} ${workshop.date}.pdf`;
}
