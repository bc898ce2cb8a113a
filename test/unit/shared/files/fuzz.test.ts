// 1,000 broken files: each is read correctly or refused with a message, and nothing throws.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  describeFailure,
  describeProblem,
  readFrameworkFile,
  readWorkshopFile,
  serializeWorkshop,
  type ReadFailure,
} from '../../../../shared/files';
import { createTranslator } from '../../../../shared/i18n';
import { GGI_FRAMEWORK_FILE } from '../../../fixtures/frameworks';
import { META, smallWorkshop } from './workshops';
import { mutate, mutation } from './mutate';

const tr = createTranslator('en');

/** A refusal must read as words: a summary, and for each problem where it is and what is wrong. */
function expectWorded(failure: ReadFailure): void {
  const summary = tr.message(describeFailure(failure));
  expect(summary).toMatch(/Nothing was changed/);
  expect(summary).not.toMatch(/[{}]/);
  if (failure.reason !== 'invalid') return;
  expect(failure.problems.length).toBeGreaterThan(0);
  for (const problem of failure.problems) {
    const d = describeProblem(problem);
    const sentence = [...d.where.map(tr.message), tr.message(d.what)].join(' ');
    expect(sentence).not.toMatch(/[{}]|undefined/);
    expect(d.detail).toContain(problem.path);
  }
}

describe('fuzz: broken workshop and framework files', () => {
  it('reads or refuses with a message 600 mutated workshop files', async () => {
    const text = await serializeWorkshop(smallWorkshop(), META);
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const read = await readWorkshopFile(await mutate(text, m));
        if (read.ok) {
          // Whatever was accepted is a whole, valid workshop that exports again.
          expect(read.value.workshops).toHaveLength(1);
          const again = await readWorkshopFile(
            new TextEncoder().encode(await serializeWorkshop(read.value.workshops[0]!, META)),
          );
          expect(again.ok).toBe(true);
        } else {
          refused++;
          expectWorded(read.failure);
        }
      }),
      { numRuns: 600, seed: 20261130 },
    );
    expect(refused).toBeGreaterThan(300);
  });

  it('reads or refuses with a message 400 mutated framework files', async () => {
    const text = JSON.stringify(GGI_FRAMEWORK_FILE);
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const read = readFrameworkFile(await mutate(text, { ...m, fixChecksum: false }));
        if (!read.ok) expectWorded(read.failure);
      }),
      { numRuns: 400, seed: 20261201 },
    );
  });

  it('refuses a prototype-polluting key wherever it is, without touching any prototype', async () => {
    const text = await serializeWorkshop(smallWorkshop(), META);
    const polluted = text.replace('"title":', '"__proto__": {"polluted": true}, "title":');
    const read = await readWorkshopFile(new TextEncoder().encode(polluted));
    expect(read.ok).toBe(false);
    if (!read.ok && read.failure.reason === 'invalid') {
      expect(read.failure.problems.map((p) => [p.path, p.code])).toEqual([
        ['workshop.__proto__', 'forbiddenKey'],
      ]);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const escaped = text.replace('"title":', '"\\u005f_proto__": {}, "title":');
    expect((await readWorkshopFile(new TextEncoder().encode(escaped))).ok).toBe(false);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const huge = new Uint8Array(100 * 1024 * 1024 + 1);
    expect(await readWorkshopFile(huge)).toEqual({
      ok: false,
      failure: { reason: 'tooLarge', maxMegabytes: 100 },
    });
  });
});
