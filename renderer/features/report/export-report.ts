import { LocalizedError, type Message, type Translator } from '../../../shared/i18n';
import type { DesktopApi } from '../../../shared/ipc/contract';
import { APP_NAME, APP_VERSION } from '../../../shared/ipc/app-identity';
import type { StoredWorkshop } from '../../../shared/scoring/counted-votes';
import {
  buildReportDocument,
  reportFileName,
  type ReportOptions,
  type ReportWorkshop,
} from '../../../shared/report';
import type { Repositories } from '../../db/repositories';
import type { WorkshopRecord } from '../../db/records';
import type { FontLoader } from './pdf/fonts';
import type { RenderOptions } from './pdf/render-report';

/** The PDF renderer and its fonts: loaded only when the facilitator exports (jsPDF is large). */
export interface ReportRenderer {
  renderReportPdf(
    report: ReturnType<typeof buildReportDocument>,
    loadFont: FontLoader,
    options: RenderOptions,
  ): Promise<Uint8Array>;
  loadFont: FontLoader;
}

export interface ExportDeps {
  repos: Pick<Repositories, 'workshops' | 'people' | 'session' | 'frameworks'>;
  platform: Pick<DesktopApi, 'saveFile'>;
  loadRenderer(): Promise<ReportRenderer>;
  now(): Date;
}

export type ExportResult = { saved: true; fileName: string } | { saved: false };

/** A workshop as the report reads it: every vote and round (the report counts the revealed ones). */
async function storedWorkshop(repos: ExportDeps['repos'], workshop: WorkshopRecord): Promise<StoredWorkshop> {
  const framework = await repos.frameworks.find(
    workshop.settings.frameworkId,
    workshop.settings.frameworkVersion,
  );
  if (framework === undefined) {
    throw new LocalizedError('report.error.failed', { detail: workshop.settings.frameworkId });
  }
  const [votes, rounds, decisions, participants, teams] = await Promise.all([
    repos.session.votesOfWorkshop(workshop.id),
    repos.session.roundsOfWorkshop(workshop.id),
    repos.session.decisionsOfWorkshop(workshop.id),
    repos.people.participants(workshop.id),
    repos.people.teams(workshop.id),
  ]);
  return { framework, settings: workshop.settings, votes, rounds, decisions, participants, teams };
}

const reportWorkshop = (w: WorkshopRecord): ReportWorkshop => ({
  id: w.id,
  title: w.title,
  organization: w.organization,
  date: w.date,
  facilitator: w.facilitator,
});

/**
 * Builds the report of a workshop with the chosen options, renders it and hands it to the desktop's
 * save dialog (a download in the browser). The options are kept for the next export first, whatever
 * happens next. Nothing in the database changes but the options.
 */
export async function exportReport(
  deps: ExportDeps,
  request: {
    workshop: WorkshopRecord;
    options: ReportOptions;
    tr: Translator;
    onProgress(done: number): void;
  },
): Promise<ExportResult> {
  const { workshop, options, tr } = request;
  if (options.sections.length === 0) throw new LocalizedError('report.error.noSection');
  await deps.repos.workshops.saveReportOptions(workshop.id, options);
  const stored = await storedWorkshop(deps.repos, workshop);
  const earlierRecord = options.compareWith ? await deps.repos.workshops.get(options.compareWith) : undefined;
  const earlier = earlierRecord
    ? { workshop: reportWorkshop(earlierRecord), stored: await storedWorkshop(deps.repos, earlierRecord) }
    : null;
  const now = deps.now();
  const report = buildReportDocument(
    {
      workshop: reportWorkshop(workshop),
      stored,
      earlier,
      created: { epochMs: now.getTime(), offsetMinutes: -now.getTimezoneOffset() },
      creator: `${APP_NAME} ${APP_VERSION}`,
    },
    options,
    tr,
  );
  request.onProgress(0.02);
  const renderer = await deps.loadRenderer();
  const bytes = await renderer.renderReportPdf(report, renderer.loadFont, {
    // Yield to the page after each report, so the progress bar repaints during a long render.
    onProgress: (done) => {
      request.onProgress(done);
      return new Promise((resolve) => setTimeout(resolve, 0));
    },
  });
  const result = await deps.platform.saveFile({
    bytes,
    suggestedName: reportFileName(workshop, tr),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  return result.saved ? { saved: true, fileName: result.fileName } : { saved: false };
}

/**
 * What to tell the facilitator when an export fails. The desktop's save reports file-system errors by
 * their code (ENOSPC, EACCES…) in its message; each known one gets its own words.
 */
export function exportFailure(error: unknown): Message {
  if (error instanceof LocalizedError) return { key: error.key, params: error.params };
  const detail = error instanceof Error ? error.message : String(error);
  if (/\bENOSPC\b|\bEDQUOT\b|no space left/i.test(detail)) return { key: 'report.error.diskFull' };
  if (/\bEACCES\b|\bEPERM\b|\bEROFS\b|permission denied|read-only file system/i.test(detail)) {
    return { key: 'report.error.permission' };
  }
  return { key: 'report.error.failed', params: { detail } };
}
