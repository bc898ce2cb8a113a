import type { BarChartInput, GapChartInput, GridChartInput, LadderInput } from '../charts';

/**
 * The report document model: what goes on the pages, in reading order, with every text already in the
 * reader's language. It is plain data (no functions, no drawing), so its content is tested without a
 * PDF, the renderer only lays it out, and the screen and the report read the same engine results.
 */

/** The sections a facilitator can include; the cover always opens the report. */
export const REPORT_SECTIONS = [
  'summary',
  'profile',
  'teams',
  'questions',
  'method',
  'participants',
] as const;
export type ReportSectionId = 'cover' | (typeof REPORT_SECTIONS)[number];

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** What the facilitator chooses when exporting; the last choice is kept per workshop. */
export interface ReportOptions {
  sections: (typeof REPORT_SECTIONS)[number][];
  /** Show participants by anonymous number even where the workshop shows names or aliases. */
  anonymize: boolean;
  paper: PaperSize;
  /** An earlier workshop to compare with ("what moved since"), or null. */
  compareWith: string | null;
}

export interface ReportMetadata {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  creator: string;
}

/** The moment the report was created, with the offset of the local time it is written in. */
export interface ReportCreation {
  epochMs: number;
  /** Minutes east of UTC (UTC+02:00 is 120). */
  offsetMinutes: number;
}

export interface ReportDocument {
  /** BCP 47 language of the text (the PDF's /Lang). */
  language: string;
  paper: PaperSize;
  metadata: ReportMetadata;
  created: ReportCreation;
  footer: {
    /** The workshop title and date, on every page. */
    text: string;
    /** "Page {page} of {pages}": the renderer fills in both numbers. */
    pageNumber: string;
  };
  sections: ReportSection[];
}

export interface ReportSection {
  id: ReportSectionId;
  /** The section's outline entry (bookmark). */
  title: string;
  blocks: ReportBlock[];
  /** Designed to fit one page (the executive summary); the renderer reports it when it does not. */
  onePage?: boolean;
}

export type TextTone = 'body' | 'lede' | 'muted' | 'small' | 'strong';

export interface ListItem {
  /** A short bold lead ("Q7", "Stage 3"), then the text. */
  lead?: string;
  text: string;
  /** A second, quieter line (the figures behind the item). */
  detail?: string;
}

export interface TableColumn {
  header: string;
  /** Share of the table width. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export type ReportBlock =
  | { kind: 'title'; text: string; subtitle?: string }
  | {
      kind: 'heading';
      level: 2 | 3;
      text: string;
      /** Adds a bookmark under the section's own (the per-question appendix has one per question). */
      outline?: boolean;
    }
  | { kind: 'paragraph'; text: string; tone?: TextTone }
  | { kind: 'keyFigure'; label: string; value: string; note?: string }
  /** Label and value pairs; `compact` sets them small, beside a chart. */
  | { kind: 'facts'; rows: { label: string; value: string }[]; compact?: boolean }
  /** `compact` sets the items small (the summary's lists, side by side on one page). */
  | { kind: 'list'; items: ListItem[]; ordered?: boolean; compact?: boolean }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][] }
  | {
      kind: 'figure';
      figure: ReportFigure;
      /** What the chart shows, in words: the extracted text carries every figure (PDFs are untagged). */
      description: string;
    }
  /** Side by side on the same rows of the page (never split across pages). */
  | {
      kind: 'columns';
      columns: ReportBlock[][];
      /** Each column's share of the width (equal when left out). */
      widths?: number[];
    }
  /** Kept on one page: moved to the next page whole when it does not fit. */
  | { kind: 'group'; blocks: ReportBlock[] };

/** What a chart's geometry needs besides its words: the size, type size and metrics, the renderer's. */
type Sized = 'width' | 'height' | 'fontSize' | 'measure';

/**
 * A chart: the input of its `shared/charts` geometry (the screen's charts draw the same) without the
 * size and the type metrics, which the renderer sets from the space on the page and its font. `aspect`
 * (height / width) is for the charts whose height is not set by their rows.
 */
export type ReportFigure =
  | { kind: 'grid'; title: string; aspect: number; input: Omit<GridChartInput, Sized> }
  | { kind: 'ladder'; title: string; aspect: number; input: Omit<LadderInput, Sized> }
  | { kind: 'bars'; title: string; input: Omit<BarChartInput, Sized> }
  | { kind: 'gaps'; title: string; input: Omit<GapChartInput, Sized> }
  | {
      kind: 'distribution';
      title: string;
      aspect: number;
      frequencies: number[];
      median: number | null;
      medianLabel: string;
      /** The round before, drawn as a dashed outline (the description says which round). */
      previous: number[] | null;
    };
