/* eslint-disable @typescript-eslint/no-explicit-any -- these tests break files on purpose through untyped JSON */
// A refused file says, in a facilitator's words, which part is wrong and what is wrong with it.
import { describe, expect, it } from 'vitest';
import {
  describeFailure,
  describeProblem,
  readWorkshopFile,
  readFrameworkFile,
} from '../../../../shared/files';
import { createTranslator } from '../../../../shared/i18n';
import { META, edited, smallWorkshop } from './workshops';
import { serializeWorkshop } from '../../../../shared/files';
import { GGI_FRAMEWORK_FILE } from '../../../fixtures/frameworks';

const tr = createTranslator('en');
const sentence = (d: ReturnType<typeof describeProblem>) =>
  tr.t('files.problem.sentence', {
    where: d.where.map(tr.message).join(tr.t('files.where.separator')),
    what: tr.message(d.what),
  });

describe('describing file problems', () => {
  it('names the participant, the vote and the question in plain words, with the path as detail', async () => {
    const file = await edited((w) => {
      w.participants[1].displayName = 'x'.repeat(81);
      w.votes[4].participantId = 'nobody';
      w.framework.questions[1].statement = '';
    });
    const read = await readWorkshopFile(file);
    if (read.ok || read.failure.reason !== 'invalid') throw new Error('expected a refusal');
    const root = JSON.parse(new TextDecoder().decode(file));
    expect(tr.message(describeFailure(read.failure))).toBe(
      'The file has 2 problems, so it was not imported. Nothing was changed. The list below says where; the file can be corrected, or exported again from the computer it came from.',
    );
    expect(read.failure.problems.map((p) => sentence(describeProblem(p, root)))).toEqual([
      `Participant 2 (${'x'.repeat(39)}…): a text is too long: at most 80 characters.`,
      'The framework › Question 2 (licence-process): a text is empty.',
    ]);
    expect(describeProblem(read.failure.problems[0]!).detail).toMatch(
      /^workshop\.participants\[1\]\.displayName — /,
    );
  });

  it('reports references once the shape is right', async () => {
    const read = await readWorkshopFile(await edited((w) => (w.votes[4].participantId = 'nobody')));
    if (read.ok || read.failure.reason !== 'invalid') throw new Error('expected a refusal');
    expect(read.failure.problems.map((p) => sentence(describeProblem(p)))).toEqual([
      'Vote 5: it refers to something that is not in the file.',
    ]);
  });

  it('lists every problem of a framework file', () => {
    const fw = JSON.parse(JSON.stringify(GGI_FRAMEWORK_FILE)) as Record<string, any>;
    fw.questions[0].informs.goal = 'wellbeing';
    fw.questions[3].anchors = {};
    fw.goals.push({ id: 'usage', name: 'Usage again' });
    const file = new TextEncoder().encode(JSON.stringify(fw));
    const read = readFrameworkFile(file);
    if (read.ok || read.failure.reason !== 'invalid') throw new Error('expected a refusal');
    const root = JSON.parse(new TextDecoder().decode(file));
    expect(read.failure.problems.map((p) => sentence(describeProblem(p, root)))).toEqual([
      'Question 4 (GGI-A-14) › What 0 and 4 mean: a required value is missing.',
      'Question 4 (GGI-A-14) › What 0 and 4 mean: a required value is missing.',
      'Goal 6 (Usage again): it appears twice.',
      'Question 1 (GGI-A-9): it refers to something that is not in the file.',
    ]);
  });

  it('tells a workshop file from a framework file', async () => {
    expect(
      readFrameworkFile(new TextEncoder().encode(await serializeWorkshop(smallWorkshop(), META))),
    ).toEqual({
      ok: false,
      failure: { reason: 'isWorkshop' },
    });
    expect(await readWorkshopFile(new TextEncoder().encode(JSON.stringify(GGI_FRAMEWORK_FILE)))).toEqual({
      ok: false,
      failure: { reason: 'isFramework' },
    });
    expect(tr.message(describeFailure({ reason: 'isFramework' }))).toMatch(/framework file.*Frameworks/);
  });
});
