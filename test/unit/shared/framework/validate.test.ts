/* eslint-disable @typescript-eslint/no-explicit-any -- these tests break frameworks on purpose through untyped JSON */
// The framework schema: the built-in framework passes; broken frameworks fail with every problem located.
import { describe, expect, it } from 'vitest';
import { OSPO_FRAMEWORK, validateFramework } from '../../../../shared/framework';
import type { FrameworkProblem } from '../../../../shared/framework';
import { GGI_FRAMEWORK_FILE } from '../../../fixtures/frameworks';

function problemsOf(input: unknown): FrameworkProblem[] {
  const result = validateFramework(input);
  if (result.ok) throw new Error('expected the framework to be rejected');
  return result.problems;
}

/** A deep, JSON-level copy we can break on purpose. */
function copy(): Record<string, any> {
  return JSON.parse(JSON.stringify(OSPO_FRAMEWORK)) as Record<string, any>;
}

describe('validateFramework', () => {
  it('accepts the built-in framework, also after a JSON round trip', () => {
    expect(validateFramework(OSPO_FRAMEWORK).ok).toBe(true);
    const roundTrip = validateFramework(copy());
    expect(roundTrip.ok).toBe(true);
    if (roundTrip.ok) expect(roundTrip.framework).toEqual(OSPO_FRAMEWORK);
  });

  it('names the path of a dangling archetype reference', () => {
    const fw = copy();
    const index = fw.questions.findIndex((q: any) => q.informs.kind === 'archetype');
    fw.questions[index].informs.archetype = 'lone-wolf';
    expect(problemsOf(fw)).toEqual([
      {
        path: `questions[${index}].informs.archetype`,
        code: 'unknownReference',
        message: expect.stringContaining('unknown archetype "lone-wolf"'),
      },
    ]);
  });

  it('names dangling enabler, checklist, responsibility-area and preset references', () => {
    const fw = copy();
    const enabler = fw.questions.findIndex((q: any) => q.informs.kind === 'enabler');
    fw.questions[enabler].informs.enabler = 'luck';
    fw.questions[0].informs.checklistItem = 's9-nothing';
    fw.questions[1].responsibilityAreas.push('astrology');
    fw.presets[1].questionIds.push('no-such-question');
    const paths = problemsOf(fw).map((p) => p.path);
    expect(paths).toContain(`questions[${enabler}].informs.enabler`);
    expect(paths).toContain('questions[0].informs.checklistItem');
    expect(paths).toContain(
      `questions[1].responsibilityAreas[${fw.questions[1].responsibilityAreas.length - 1}]`,
    );
    expect(paths).toContain(`presets[1].questionIds[${fw.presets[1].questionIds.length - 1}]`);
  });

  it('rejects duplicate ids', () => {
    const fw = copy();
    fw.archetypes[2].id = fw.archetypes[0].id;
    fw.questions[5].id = fw.questions[4].id;
    const problems = problemsOf(fw);
    expect(problems).toContainEqual({
      path: 'archetypes[2].id',
      code: 'duplicate',
      message: expect.stringContaining('duplicate id'),
    });
    expect(problems).toContainEqual({
      path: 'questions[5].id',
      code: 'duplicate',
      message: expect.stringContaining('duplicate id'),
    });
  });

  it('reports shape and reference problems together', () => {
    const fw = copy();
    fw.questions[2].statement = '';
    fw.questions[3].anchors = { zero: 'nothing' };
    fw.questions[4].informs = { kind: 'guess' };
    fw.questions[5].informs = { kind: 'stagePractice', stage: 3, checklistItem: 's1-inventory' };
    fw.scale.labels.pop();
    const paths = problemsOf(fw).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'questions[2].statement',
        'questions[3].anchors.four',
        'questions[4].informs.kind',
        'questions[5].informs.stage',
        'scale.labels',
      ]),
    );
  });

  it('requires each stage 0–4 once', () => {
    const fw = copy();
    fw.stages[4].stage = 3;
    expect(problemsOf(fw)).toEqual(
      expect.arrayContaining([
        { path: 'stages[4].stage', code: 'duplicate', message: 'stage 3 appears twice' },
        { path: 'stages', code: 'required', message: expect.stringContaining('stage 4 is missing') },
      ]),
    );
  });

  it('rejects input that is not a framework at all', () => {
    expect(problemsOf(null)[0]?.path).toBe('(framework)');
    // Only the scale and the questions (and the header) are required; every missing one is named.
    expect(problemsOf({ id: 'x' }).map((p) => p.path)).toEqual(['version', 'title', 'scale', 'questions']);
  });

  it('accepts a framework without stages, archetypes or enablers, with goals and roles', () => {
    const checked = validateFramework(GGI_FRAMEWORK_FILE);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.framework.axes).toBeUndefined();
  });

  it('names dangling goal and role references', () => {
    const fw = JSON.parse(JSON.stringify(GGI_FRAMEWORK_FILE)) as Record<string, any>;
    fw.questions[2].informs.goal = 'happiness';
    fw.questions[4].roles.push('astronaut');
    expect(problemsOf(fw)).toEqual([
      {
        path: 'questions[2].informs.goal',
        code: 'unknownReference',
        message: expect.stringContaining('unknown goal "happiness"'),
      },
      {
        path: `questions[4].roles[${fw.questions[4].roles.length - 1}]`,
        code: 'unknownReference',
        message: expect.stringContaining('unknown role "astronaut"'),
      },
    ]);
  });

  it('refuses stage questions and checklist items in a framework without stages', () => {
    const fw = JSON.parse(JSON.stringify(GGI_FRAMEWORK_FILE)) as Record<string, any>;
    fw.questions[0].informs = { kind: 'stagePractice', stage: 2 };
    fw.questions[1].informs = { kind: 'involvement' };
    fw.checklistItems = [{ id: 'c', stage: 1, text: 'brand' }];
    expect(problemsOf(fw).map((p) => p.path)).toEqual([
      'checklistItems[0]',
      'questions[0].informs.kind',
      'questions[1].informs.kind',
    ]);
  });

  it('wants all five stages or none, and the axes with them', () => {
    const three = copy();
    three.stages = three.stages.slice(0, 3);
    expect(problemsOf(three).map((p) => p.path)).toContain('stages');
    const noAxes = copy();
    delete noAxes.axes;
    expect(problemsOf(noAxes)).toEqual([
      { path: 'axes', code: 'required', message: expect.stringContaining('required') },
    ]);
  });
});
