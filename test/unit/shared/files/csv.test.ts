// CSV for spreadsheets: parsed back here as a spreadsheet would read it.
import { describe, expect, it } from 'vitest';
import { csvText, resultsCsv, votesCsv } from '../../../../shared/files';
import { createTranslator } from '../../../../shared/i18n';
import { smallWorkshop } from './workshops';

const tr = createTranslator('en');

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const body = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      expect(c, 'a bare line feed outside quotes').not.toBe('\n');
      field += c;
    }
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and neutralises formulas', () => {
    const rows = parseCsv(
      csvText([['a,b', 'say "hi"', 'two\nlines', '=1+1', '+1', '-2', '@cmd', 'plain', 3, -0.5, null]]),
    );
    expect(rows).toEqual([
      ['a,b', 'say "hi"', 'two\nlines', "'=1+1", "'+1", "'-2", "'@cmd", 'plain', '3', '-0.5', ''],
    ]);
  });

  it('writes one row per vote, named as the workshop’s anonymity setting says', () => {
    const data = smallWorkshop();
    const [header, ...rows] = parseCsv(votesCsv(data, tr));
    expect(header).toEqual([
      'Question id',
      'Question',
      'Participant',
      'Team',
      'Role',
      'Round',
      'Revealed',
      'Value (0–4)',
      'Answer',
      'Recorded at (UTC)',
    ]);
    expect(rows).toHaveLength(data.votes.length);
    const q1 = data.workshop.settings.questionIds[0]!;
    const statement = data.framework.questions.find((q) => q.id === q1)!.statement;
    expect(rows[0]).toEqual([
      q1,
      statement,
      'Łucja',
      'Legal',
      'Legal',
      '1',
      'yes',
      '2',
      '2',
      new Date(1_764_000_001_100).toISOString(),
    ]);
    // A name that starts like a formula is text, never a formula; a "don't know" has no value.
    expect(rows[1]?.slice(2, 5)).toEqual(["'=SUM(A1)", 'Engineering', 'Engineering']);
    expect(rows[2]?.slice(2, 9)).toEqual(['Kenji "K" 田中', 'Engineering', '', '1', 'yes', '', 'Don’t know']);
    expect(rows[3]?.slice(5, 7)).toEqual(['2', 'no']);

    const anonymous = {
      ...data,
      workshop: {
        ...data.workshop,
        settings: { ...data.workshop.settings, anonymity: 'anonymous' as const },
      },
    };
    const names = parseCsv(votesCsv(anonymous, tr))
      .slice(1)
      .map((r) => r[2]);
    expect(names).toEqual([
      'Participant 1',
      'Participant 2',
      'Participant 3',
      'Participant 1',
      'Participant 1',
      'Participant 4',
    ]);
    const text = votesCsv(anonymous, tr);
    for (const p of data.participants) expect(text).not.toContain(p.displayName.replace(/"/g, '""'));
  });

  it('writes one row per question with the figures of the revealed rounds', () => {
    const data = smallWorkshop();
    const [header, first, second] = parseCsv(resultsCsv(data, tr));
    const col = (name: string) => header!.indexOf(name);
    expect(first?.[col('Round used')]).toBe('1'); // round 2 is hidden
    expect(first?.[col('Votes (0–4)')]).toBe('2');
    expect(first?.[col('Don’t know')]).toBe('1');
    expect(first?.[col('Median')]).toBe('3');
    expect(second?.[col('Agreed value')]).toBe('2');
    expect(second?.[col('Rationale')]).toBe(
      'Legal and engineering agreed on 2:\nthe process exists but is not followed.',
    );
    expect(second?.[col('Agreement')]).toBe('Too few votes to judge');
  });
});
