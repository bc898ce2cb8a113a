import type { jsPDF } from 'jspdf';
import type { ListItem, ReportBlock, ReportFigure, TableColumn } from '../../../../shared/report';
import type { TextEngine, TextStyle } from './text';
import { COLUMN_GAP, PANEL, RULE, type Theme } from './theme';

/**
 * The smallest piece the paginator places: it has a height and draws itself at a given top-left corner.
 * Blocks become atoms (a paragraph one per line, a table one per row) so pages break between them.
 */
export interface Atom {
  height: number;
  /** Space above it, dropped at the top of a page. */
  spaceBefore: number;
  draw(x: number, y: number): void;
  /** Never the last thing on a page (a heading, a paragraph's first line). */
  keepWithNext?: boolean;
  /** Drawn first when this atom starts a page: a table's header row. */
  header?: Atom;
  /** A bookmark under the section's own. */
  outline?: string;
}

export interface LayoutKit {
  doc: jsPDF;
  type: Theme['type'];
  tone: Theme['tone'];
  space: Theme['space'];
  text: TextEngine;
  /** The height a chart takes at this width, and how to draw it there. */
  chart(
    figure: ReportFigure,
    width: number,
    type: Theme['type'],
  ): { height: number; draw(x: number, y: number): void };
  /** The height of a page's content area: a group taller than this is split. */
  pageHeight: number;
}

/** Where the baseline of a line of `style` sits below the top of its line box. */
export const baseline = (style: TextStyle) => (style.leading - style.size) / 2 + style.size * 0.8;

/** A block of wrapped lines, as one atom. */
function linesAtom(kit: LayoutKit, lines: string[], style: TextStyle, spaceBefore = 0): Atom {
  return {
    height: lines.length * style.leading,
    spaceBefore,
    draw: (x, y) =>
      lines.forEach((line, i) => kit.text.draw(line, x, y + i * style.leading + baseline(style), style)),
  };
}

/** Draws atoms one under the other, ignoring pages (inside a column or a group). */
export function stack(atoms: readonly Atom[]): { height: number; draw(x: number, y: number): void } {
  let height = 0;
  const tops = atoms.map((a, i) => {
    const top = height + (i === 0 ? 0 : a.spaceBefore);
    height = top + a.height;
    return top;
  });
  return { height, draw: (x, y) => atoms.forEach((a, i) => a.draw(x, y + (tops[i] as number))) };
}

export function layoutBlocks(kit: LayoutKit, blocks: readonly ReportBlock[], width: number): Atom[] {
  return blocks.flatMap((block) => layoutBlock(kit, block, width));
}

function layoutBlock(kit: LayoutKit, block: ReportBlock, width: number): Atom[] {
  const { text } = kit;
  switch (block.kind) {
    case 'title': {
      const title = text.wrap(block.text, kit.type.title, width);
      const subtitle = block.subtitle ? text.wrap(block.subtitle, kit.type.subtitle, width) : [];
      const t = linesAtom(kit, title, kit.type.title, kit.space.block);
      const s = linesAtom(kit, subtitle, kit.type.subtitle);
      return [{ ...stack([t, { ...s, spaceBefore: 6 }]), spaceBefore: 14, keepWithNext: true }];
    }
    case 'heading': {
      const style = block.level === 2 ? kit.type.h2 : kit.type.h3;
      const atom = linesAtom(kit, text.wrap(block.text, style, width), style);
      return [
        {
          ...atom,
          spaceBefore: block.level === 2 ? kit.space.heading2 : kit.space.heading3,
          keepWithNext: true,
          ...(block.outline ? { outline: block.text } : {}),
        },
      ];
    }
    case 'paragraph': {
      const style = kit.tone[block.tone ?? 'body'];
      const lines = text.wrap(block.text, style, width);
      return lines.map((line, i) => ({
        ...linesAtom(kit, [line], style),
        spaceBefore: i === 0 ? kit.space.paragraph : 0,
        // No single first line at the foot of a page.
        keepWithNext: i === 0 && lines.length > 1,
      }));
    }
    case 'keyFigure':
      return [keyFigure(kit, block, width)];
    case 'facts':
      return factRows(kit, block.rows, width, block.compact === true);
    case 'list':
      return listItems(kit, block.items, block.ordered === true, width, block.compact === true);
    case 'table':
      return tableRows(kit, block.columns, block.rows, width);
    case 'figure': {
      // The chart with the first lines of its words; the rest of the words flow on, so a tall chart
      // never pushes them past the page's foot.
      const chart = kit.chart(block.figure, width, kit.type);
      const lines = text.wrap(block.description, kit.type.small, width);
      return [
        { ...chart, spaceBefore: 6, keepWithNext: lines.length > 0 },
        ...lines.map((line, i) => ({
          ...linesAtom(kit, [line], kit.type.small),
          spaceBefore: i === 0 ? 4 : 0,
          keepWithNext: i === 0 && lines.length > 1,
        })),
      ];
    }
    case 'columns': {
      const n = block.columns.length;
      const shares = block.widths ?? block.columns.map(() => 1 / n);
      const free = width - COLUMN_GAP * (n - 1);
      const widths = shares.map((share) => share * free);
      const lefts = widths.map((_, i) => widths.slice(0, i).reduce((a, w) => a + w + COLUMN_GAP, 0));
      const columns = block.columns.map((blocks, i) => stack(layoutBlocks(kit, blocks, widths[i] as number)));
      return [
        {
          height: Math.max(0, ...columns.map((c) => c.height)),
          spaceBefore: kit.space.block,
          draw: (x, y) => columns.forEach((c, i) => c.draw(x + (lefts[i] as number), y)),
        },
      ];
    }
    case 'group': {
      const atoms = layoutBlocks(kit, block.blocks, width);
      const whole = stack(atoms);
      // Kept on one page when it fits one; a longer group flows like any other content.
      if (whole.height > kit.pageHeight) return atoms;
      const outline = atoms.find((a) => a.outline !== undefined)?.outline;
      return [
        {
          ...whole,
          spaceBefore: Math.max(kit.space.block, atoms[0]?.spaceBefore ?? 0),
          ...(outline ? { outline } : {}),
        },
      ];
    }
  }
}

function keyFigure(kit: LayoutKit, block: Extract<ReportBlock, { kind: 'keyFigure' }>, width: number): Atom {
  const pad = 10;
  const inner = width - 2 * pad;
  const label = linesAtom(
    kit,
    kit.text.wrap(block.label.toLocaleUpperCase(), kit.type.keyLabel, inner),
    kit.type.keyLabel,
  );
  const value = linesAtom(kit, kit.text.wrap(block.value, kit.type.keyValue, inner), kit.type.keyValue);
  const note = linesAtom(
    kit,
    block.note ? kit.text.wrap(block.note, kit.type.body, inner) : [],
    kit.type.body,
  );
  const content = stack([label, { ...value, spaceBefore: 2 }, { ...note, spaceBefore: 4 }]);
  return {
    height: content.height + 2 * pad,
    spaceBefore: kit.space.block,
    draw: (x, y) => {
      kit.doc.setFillColor(PANEL);
      kit.doc.rect(x, y, width, content.height + 2 * pad, 'F');
      kit.doc.setFillColor('#3a6aa3');
      kit.doc.rect(x, y, 3, content.height + 2 * pad, 'F');
      content.draw(x + pad, y + pad);
    },
  };
}

function factRows(
  kit: LayoutKit,
  rows: readonly { label: string; value: string }[],
  width: number,
  compact: boolean,
): Atom[] {
  const labelWidth = Math.min(200, width * (compact ? 0.46 : 0.42));
  const valueWidth = width - labelWidth - 8;
  const labelStyle = compact ? { ...kit.type.table, color: kit.type.muted.color } : kit.type.muted;
  const valueStyle = compact ? kit.type.table : kit.type.body;
  return rows.map((row, i) => {
    const label = linesAtom(kit, kit.text.wrap(row.label, labelStyle, labelWidth), labelStyle);
    const value = linesAtom(kit, kit.text.wrap(row.value, valueStyle, valueWidth), valueStyle);
    return {
      height: Math.max(label.height, value.height) + (compact ? 0 : 2),
      spaceBefore: i === 0 && !compact ? kit.space.paragraph : 0,
      draw: (x, y) => {
        label.draw(x, y);
        value.draw(x + labelWidth + 8, y);
      },
    };
  });
}

function listItems(
  kit: LayoutKit,
  items: readonly ListItem[],
  ordered: boolean,
  width: number,
  compact: boolean,
): Atom[] {
  const bodyStyle = compact ? kit.type.table : kit.type.body;
  const leadStyle = compact
    ? { ...kit.type.listLead, size: kit.type.table.size, leading: kit.type.table.leading }
    : kit.type.listLead;
  const leads = items.map((item, i) => item.lead ?? (ordered ? `${i + 1}.` : '•'));
  const leadWidth = Math.min(64, Math.max(...leads.map((l) => kit.text.width(l, leadStyle)))) + 6;
  const textWidth = width - leadWidth;
  return items.map((item, i) => {
    const lead = linesAtom(kit, kit.text.wrap(leads[i] as string, leadStyle, leadWidth - 4), leadStyle);
    const body = linesAtom(kit, kit.text.wrap(item.text, bodyStyle, textWidth), bodyStyle);
    const detail = linesAtom(
      kit,
      item.detail ? kit.text.wrap(item.detail, kit.type.listDetail, textWidth) : [],
      kit.type.listDetail,
    );
    const right = stack([body, { ...detail, spaceBefore: 1 }]);
    return {
      height: Math.max(lead.height, right.height),
      spaceBefore: i === 0 ? kit.space.paragraph : kit.space.item,
      draw: (x, y) => {
        lead.draw(x, y);
        right.draw(x + leadWidth, y);
      },
    };
  });
}

function tableRows(
  kit: LayoutKit,
  columns: readonly TableColumn[],
  rows: readonly string[][],
  width: number,
): Atom[] {
  const pad = 4;
  const widths = columns.map((c) => c.width * width);
  const row = (cells: readonly string[], style: TextStyle, head: boolean): Atom => {
    const wrapped = cells.map((cell, i) => kit.text.wrap(cell, style, (widths[i] as number) - 2 * pad));
    const height = Math.max(1, ...wrapped.map((l) => l.length)) * style.leading + 2 * 3;
    return {
      height,
      spaceBefore: 0,
      draw: (x, y) => {
        if (head) {
          kit.doc.setFillColor(PANEL);
          kit.doc.rect(x, y, width, height, 'F');
        }
        let cx = x;
        wrapped.forEach((lines, i) => {
          const w = widths[i] as number;
          const align = columns[i]?.align ?? 'left';
          const ax = align === 'right' ? cx + w - pad : align === 'center' ? cx + w / 2 : cx + pad;
          lines.forEach((line, l) =>
            kit.text.draw(line, ax, y + 3 + l * style.leading + baseline(style), style, align),
          );
          cx += w;
        });
        kit.doc.setDrawColor(RULE);
        kit.doc.setLineWidth(head ? 0.8 : 0.4);
        kit.doc.line(x, y + height, x + width, y + height);
      },
    };
  };
  const header = {
    ...row(
      columns.map((c) => c.header),
      kit.type.tableHead,
      true,
    ),
    keepWithNext: true,
    spaceBefore: kit.space.paragraph,
  };
  return [
    header,
    ...rows.map((cells) => ({ ...row(cells, kit.type.table, false), header: { ...header, spaceBefore: 0 } })),
  ];
}
