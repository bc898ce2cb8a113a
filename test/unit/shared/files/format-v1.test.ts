// The first version of the workshop file format: its fixture (test/fixtures/workshop-file-v1.json,
// written by version 1 and never edited) imports as this workshop for as long as the app reads files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorkshopFile, upgradeDocument, type FormatUpgrader } from '../../../../shared/files';
import { FIXTURE_FRAMEWORK, normalized, smallWorkshop } from './workshops';

const fixture = readFileSync(new URL('../../../fixtures/workshop-file-v1.json', import.meta.url));

describe('workshop file format, version 1', () => {
  it('imports the version-1 fixture as the workshop it was written from', async () => {
    const read = await readWorkshopFile(new Uint8Array(fixture));
    if (!read.ok) throw new Error(JSON.stringify(read.failure));
    expect(read.value.workshops.map(normalized)).toEqual([
      normalized(smallWorkshop('w-v1', FIXTURE_FRAMEWORK)),
    ]);
  });

  it('upgrades a document step by step, and refuses a newer or unknown version', () => {
    const next: FormatUpgrader = {
      from: 1,
      reason: 'made-up step: notes move under "comments"',
      upgrade: (doc) => ({ ...doc, comments: 'moved' }),
    };
    expect(upgradeDocument({ formatVersion: 1, a: 1 }, [next], 2)).toEqual({
      ok: true,
      document: { formatVersion: 2, a: 1, comments: 'moved' },
    });
    expect(upgradeDocument({ formatVersion: 3 }, [next], 2)).toEqual({
      ok: false,
      reason: 'newerVersion',
      version: 3,
    });
    expect(upgradeDocument({ formatVersion: 1 }, [], 2)).toEqual({
      ok: false,
      reason: 'unknownVersion',
      version: 1,
    });
    expect(upgradeDocument({ formatVersion: '1' })).toEqual({
      ok: false,
      reason: 'unknownVersion',
      version: '1',
    });
  });

  it('refuses a file from a newer version of the app, saying so', async () => {
    const doc = JSON.parse(fixture.toString('utf8')) as Record<string, unknown>;
    const read = await readWorkshopFile(
      new TextEncoder().encode(JSON.stringify({ ...doc, formatVersion: 2 })),
    );
    expect(read).toEqual({ ok: false, failure: { reason: 'newerVersion', version: 2 } });
  });
});
