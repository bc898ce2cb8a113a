import type { Framework } from '../framework/schema';
import { ARCHIVE_FORMAT, WORKSHOP_FORMAT } from './format';
import { sha256Hex } from './sha256';
import { cleanLine } from '../model/text';
import { CURRENT_FORMAT_VERSION } from './upgrade';
import type { WorkshopData } from './workshop-data';

export interface ExportMeta {
  /** Epoch ms, written as an ISO time. */
  exportedAt: number;
  appName: string;
  appVersion: string;
}

/**
 * The `workshop` member of a file: the workshop's fields, its framework, and its rows without their
 * `workshopId` (it is the workshop's id), each list in a fixed order so the same workshop always gives
 * the same file.
 */
export function workshopContent(data: WorkshopData): Record<string, unknown> {
  const { workshop } = data;
  const drop = <T extends { workshopId: string }>({ workshopId: _w, ...rest }: T) => rest;
  return {
    id: workshop.id,
    title: workshop.title,
    organization: workshop.organization,
    date: workshop.date,
    facilitator: workshop.facilitator,
    createdAt: workshop.createdAt,
    updatedAt: workshop.updatedAt,
    settings: workshop.settings,
    framework: data.framework,
    teams: [...data.teams].sort(byOrderThenId).map(drop),
    participants: [...data.participants].sort(byOrderThenId).map(drop),
    rounds: [...data.rounds].sort((a, b) => cmp(a.questionId, b.questionId) || a.round - b.round).map(drop),
    votes: [...data.votes]
      .sort(
        (a, b) =>
          cmp(a.questionId, b.questionId) || a.round - b.round || cmp(a.participantId, b.participantId),
      )
      .map(drop),
    decisions: [...data.decisions].sort((a, b) => cmp(a.questionId, b.questionId)).map(drop),
    session: data.session === null ? null : drop(data.session),
    resolvedConflicts: data.resolvedConflicts,
  };
}

/**
 * A workshop document as JSON text: the header (format, version, when and by what it was written, the
 * checksum) indented, then the content. The checksum is the SHA-256 of the content exactly as
 * JSON.stringify writes it, which a reader reproduces from the parsed value whatever the layout; writing
 * that same text as the content keeps a large export to a single serialization.
 */
async function documentText(
  data: WorkshopData,
  meta: ExportMeta,
  indent: string,
): Promise<{ text: string; checksum: string }> {
  const content = JSON.stringify(workshopContent(data));
  const header = {
    format: WORKSHOP_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    exportedAt: new Date(meta.exportedAt).toISOString(),
    exportedBy: { app: meta.appName, version: meta.appVersion },
    checksum: { algorithm: 'SHA-256', value: await sha256Hex(content) },
  };
  return { text: withMembers(header, [['workshop', content]], indent), checksum: header.checksum.value };
}

/** A workshop file: one document. */
export async function serializeWorkshop(data: WorkshopData, meta: ExportMeta): Promise<string> {
  return `${(await documentText(data, meta, '')).text}\n`;
}

/** The checksum of an archive: its frameworks and the checksum of each workshop it holds. */
export function archiveChecksum(frameworks: unknown, workshopChecksums: readonly unknown[]): Promise<string> {
  return sha256Hex(JSON.stringify({ frameworks, workshops: workshopChecksums }));
}

/** Every workshop, and the installed frameworks (a backup must bring them back too), in one file. */
export async function serializeArchive(
  workshops: readonly WorkshopData[],
  frameworks: readonly Framework[],
  meta: ExportMeta,
): Promise<string> {
  const documents: string[] = [];
  const checksums: string[] = [];
  for (const w of workshops) {
    const { text, checksum } = await documentText(w, meta, '    ');
    documents.push(text);
    checksums.push(checksum);
  }
  const header = {
    format: ARCHIVE_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    exportedAt: new Date(meta.exportedAt).toISOString(),
    exportedBy: { app: meta.appName, version: meta.appVersion },
    checksum: { algorithm: 'SHA-256', value: await archiveChecksum(frameworks, checksums) },
  };
  const list = documents.length === 0 ? '[]' : `[\n    ${documents.join(',\n    ')}\n  ]`;
  return `${withMembers(
    header,
    [
      ['frameworks', JSON.stringify(frameworks)],
      ['workshops', list],
    ],
    '',
  )}\n`;
}

/** `fields` as indented JSON, followed by members whose values are already JSON text. */
function withMembers(fields: object, members: [string, string][], indent: string): string {
  const head = JSON.stringify(fields, null, 2).replace(/\n/g, `\n${indent}`);
  const tail = members.map(([key, json]) => `,\n${indent}  ${JSON.stringify(key)}: ${json}`).join('');
  return `${head.slice(0, -(indent.length + 2))}${tail}\n${indent}}`;
}

/** A file name from the workshop's title and date, without the characters file systems refuse. */
export function exportFileName(title: string, date: string, suffix: string): string {
  const safe = cleanLine(title)
    .replace(/[/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const base = `${safe.slice(0, 100).trim() || 'workshop'} ${date}`.replace(/\.+$/, '');
  return `${base}${suffix}`;
}

function byOrderThenId(a: { order: number; id: string }, b: { order: number; id: string }): number {
  return a.order - b.order || cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
