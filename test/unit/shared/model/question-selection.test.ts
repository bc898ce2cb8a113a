import { describe, expect, it } from 'vitest';
import { OSPO_FRAMEWORK } from '../../../../shared/framework';
import {
  choiceOf,
  groupQuestions,
  moveQuestion,
  presetIds,
  removedQuestions,
  toggleQuestion,
  validateQuestionSet,
} from '../../../../shared/model/question-selection';

const fw = OSPO_FRAMEWORK;

describe('question set', () => {
  it('recognizes the presets only when ids and order match exactly', () => {
    const full = presetIds(fw, 'full');
    const short = presetIds(fw, 'short');
    expect(full).toHaveLength(fw.questions.length);
    expect(short).toHaveLength(12);
    expect(choiceOf(fw, full)).toBe('full');
    expect(choiceOf(fw, short)).toBe('short');
    expect(choiceOf(fw, [...short].reverse())).toBe('custom');
    expect(choiceOf(fw, short.slice(1))).toBe('custom');
  });

  it('groups every question once, stage practices first, archetypes last', () => {
    const groups = groupQuestions(fw);
    expect(groups.map((g) => (g.key.kind === 'stagePractice' ? `stage ${g.key.stage}` : g.key.kind))).toEqual(
      ['stage 1', 'stage 2', 'stage 3', 'stage 4', 'involvement', 'enabler', 'archetype'],
    );
    expect(groups.flatMap((g) => g.questions).length).toBe(fw.questions.length);
  });

  it('inserts a selected question in framework order and removes a deselected one', () => {
    const ids = fw.questions.map((q) => q.id);
    const picked = [ids[0]!, ids[4]!];
    expect(toggleQuestion(fw, picked, ids[2]!, true)).toEqual([ids[0], ids[2], ids[4]]);
    expect(toggleQuestion(fw, picked, ids[9]!, true)).toEqual([ids[0], ids[4], ids[9]]);
    expect(toggleQuestion(fw, [ids[4]!], ids[0]!, true)).toEqual([ids[0], ids[4]]);
    expect(toggleQuestion(fw, picked, ids[0]!, false)).toEqual([ids[4]]);
    // After a reorder, a new question still lands after the ones that precede it in the framework.
    expect(toggleQuestion(fw, [ids[4]!, ids[0]!], ids[2]!, true)).toEqual([ids[4], ids[0], ids[2]]);
  });

  it('moves up and down and stays put at either end', () => {
    expect(moveQuestion(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveQuestion(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveQuestion(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveQuestion(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  });

  it('refuses an empty set and ids the framework does not have', () => {
    expect(validateQuestionSet(fw, [])).toEqual([{ code: 'empty' }]);
    expect(validateQuestionSet(fw, ['nope'])).toEqual([{ code: 'unknown', ids: ['nope'] }]);
    expect(validateQuestionSet(fw, presetIds(fw, 'short'))).toEqual([]);
  });

  it('lists the saved questions a new set drops', () => {
    expect(removedQuestions(['a', 'b', 'c'], ['c', 'a'])).toEqual(['b']);
  });
});
