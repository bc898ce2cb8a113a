// What a file may hold: fields this version does not know are ignored, texts are cleaned as typed ones
// and held to the same lengths, and nothing in a file is ever run.
import { describe, expect, it } from 'vitest';
import { readWorkshopFile } from '../../../../shared/files';
import { MAX_NAME_LENGTH } from '../../../../shared/model/participant-list';
import { FIELD_LIMITS } from '../../../../shared/model/workshop-fields';
import { MAX_RATIONALE } from '../../../../shared/model/decision';
import { edited, normalized, smallWorkshop } from './workshops';

async function read(edit: Parameters<typeof edited>[0]) {
  return readWorkshopFile(await edited(edit));
}

const problemsOf = (result: Awaited<ReturnType<typeof read>>) =>
  !result.ok && result.failure.reason === 'invalid'
    ? result.failure.problems.map((p) => [p.path, p.code])
    : result;

describe('what a workshop file may hold', () => {
  it('ignores fields this version does not know, wherever they are', async () => {
    const result = await read((w, doc) => {
      doc['writtenBy'] = { plugin: 'a newer app' };
      w['mood'] = 'sunny';
      w['settings']['projectorTheme'] = 'dark';
      w['participants'][0]['pronouns'] = 'she/her';
      w['votes'][0]['confidence'] = 0.9;
      w['decisions'][0]['history'][0]['editor'] = 'Ana';
    });
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    expect(normalized(result.value.workshops[0]!)).toEqual(normalized(smallWorkshop()));
    expect(JSON.stringify(result.value)).not.toMatch(/sunny|pronouns|confidence|projectorTheme|editor/);
  });

  it('cleans texts as the forms clean typed ones: white space folded, control characters gone', async () => {
    const result = await read((w) => {
      w['title'] = '  Q3 \u0007OSPO\tcheck \n — Łódź ';
      w['participants'][0]['displayName'] = 'Łu\u0000cja ';
      w['decisions'][0]['rationale'] = 'Line one\r\nline\u001b two ';
    });
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    const data = result.value.workshops[0]!;
    expect(data.workshop.title).toBe('Q3 OSPO check — Łódź');
    expect(data.participants[0]!.displayName).toBe('Łucja');
    expect(data.decisions[0]!.rationale).toBe('Line one\nline two');
  });

  it('refuses texts longer than a form accepts, and names each', async () => {
    const result = await read((w) => {
      w['title'] = 't'.repeat(FIELD_LIMITS.title + 1);
      w['teams'][0]['name'] = 'n'.repeat(MAX_NAME_LENGTH + 1);
      w['decisions'][0]['rationale'] = 'r'.repeat(MAX_RATIONALE + 1);
    });
    expect(problemsOf(result)).toEqual([
      ['workshop.title', 'tooLong'],
      ['workshop.teams[0].name', 'tooLong'],
      ['workshop.decisions[0].rationale', 'tooLong'],
    ]);
    // At the limit, each is accepted.
    const atLimit = await read((w) => {
      w['title'] = 't'.repeat(FIELD_LIMITS.title);
      w['teams'][0]['name'] = 'n'.repeat(MAX_NAME_LENGTH);
    });
    expect(atLimit.ok).toBe(true);
  });

  it('keeps a text that looks like code as text: nothing in a file is run', async () => {
    const code = '${process.exit(1)} <script>alert(1)</script> =cmd|"/c calc"!A1';
    const result = await read((w) => {
      w['participants'][1]['displayName'] = code;
    });
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    expect(result.value.workshops[0]!.participants[1]!.displayName).toBe(code);
  });
});
