// Export → import gives the same workshop, for a hand-made one and for random ones; the file is
// deterministic and its checksum catches any change.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  readWorkshopFile,
  serializeArchive,
  serializeWorkshop,
  type WorkshopData,
} from '../../../../shared/files';
import { GGI_FRAMEWORK } from '../../../fixtures/frameworks';
import { META, bytes, normalized, randomWorkshop, seededWorkshops, smallWorkshop } from './workshops';

async function roundTrip(data: WorkshopData): Promise<WorkshopData> {
  const read = await readWorkshopFile(bytes(await serializeWorkshop(data, META)));
  if (!read.ok) throw new Error(JSON.stringify(read.failure).slice(0, 2000));
  expect(read.value.kind).toBe('workshop');
  return read.value.workshops[0]!;
}

describe('workshop file round trip', () => {
  it('gives back the same workshop, names with diacritics, quotes and formulas included', async () => {
    const data = smallWorkshop();
    expect(normalized(await roundTrip(data))).toEqual(normalized(data));
  });

  it('gives back the same workshop on a framework without stages or archetypes', async () => {
    const data = smallWorkshop('w-ggi', GGI_FRAMEWORK);
    expect(normalized(await roundTrip(data))).toEqual(normalized(data));
  });

  it('gives back each seeded workshop: the report’s, named and anonymous, and the benchmarks’ three rounds', async () => {
    for (const data of seededWorkshops()) {
      expect(normalized(await roundTrip(data))).toEqual(normalized(data));
    }
  });

  it('gives back any random workshop', async () => {
    await fc.assert(
      fc.asyncProperty(randomWorkshop, async (data) => {
        expect(normalized(await roundTrip(data))).toEqual(normalized(data));
      }),
      { numRuns: 60 },
    );
  });

  it('writes the same bytes for the same workshop, whatever order its rows come in', async () => {
    const data = smallWorkshop();
    const shuffled = {
      ...data,
      votes: [...data.votes].reverse(),
      participants: [...data.participants].reverse(),
    };
    expect(await serializeWorkshop(shuffled, META)).toBe(await serializeWorkshop(data, META));
  });

  it('carries every workshop and the installed frameworks in an archive', async () => {
    const a = smallWorkshop('w-a');
    const b = smallWorkshop('w-b', GGI_FRAMEWORK);
    const read = await readWorkshopFile(bytes(await serializeArchive([a, b], [GGI_FRAMEWORK], META)));
    if (!read.ok) throw new Error(JSON.stringify(read.failure));
    expect(read.value.kind).toBe('archive');
    expect(read.value.workshops.map(normalized)).toEqual([a, b].map(normalized));
    expect(read.value.frameworks).toEqual([GGI_FRAMEWORK]);
  });

  it('refuses a file changed after export, saying the checksum does not match', async () => {
    const text = await serializeWorkshop(smallWorkshop(), META);
    const changed = text.replace('"Łucja"', '"Lucja"');
    expect(changed).not.toBe(text);
    const read = await readWorkshopFile(bytes(changed));
    expect(read).toEqual({ ok: false, failure: { reason: 'checksum', path: 'checksum' } });
  });

  it('reads a file whatever its layout, since the checksum covers the content, not the spacing', async () => {
    const text = await serializeWorkshop(smallWorkshop(), META);
    const read = await readWorkshopFile(bytes(JSON.stringify(JSON.parse(text), null, 4)));
    expect(read.ok).toBe(true);
  });
});
