import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n';
import { OSPO_FRAMEWORK } from '../../../../shared/framework';
import {
  SCALE_VALUES,
  VOTE_VALUES,
  isScaleValue,
  isVoteValue,
  voteLabel,
} from '../../../../shared/model/vote-scale';
import { shownName } from '../../../../shared/model/participant-name';
import { decisionProblem, MAX_RATIONALE, normalizeDecision } from '../../../../shared/model/decision';

const tr = createTranslator('en');

describe('the vote scale', () => {
  it('is 0–4 plus two answers that are not votes, in the order the screens offer them', () => {
    expect(SCALE_VALUES).toEqual([0, 1, 2, 3, 4]);
    expect(VOTE_VALUES).toEqual([0, 1, 2, 3, 4, 'dontKnow', 'notApplicable']);
    expect(isScaleValue(4)).toBe(true);
    expect(isScaleValue('dontKnow')).toBe(false);
    expect(isScaleValue(2.5)).toBe(false);
    expect(isVoteValue('notApplicable')).toBe(true);
    expect(isVoteValue(5)).toBe(false);
    expect(isVoteValue('4')).toBe(false);
  });

  it('reads short on a key cap, long when read out, and with its meaning from the framework', () => {
    expect(VOTE_VALUES.map((v) => voteLabel(v, tr, 'short'))).toEqual(['0', '1', '2', '3', '4', '?', 'n/a']);
    expect(voteLabel('dontKnow', tr)).toBe('Don’t know');
    expect(voteLabel(3, tr)).toBe('3');
    expect(voteLabel(3, tr, 'meaning', OSPO_FRAMEWORK.scale)).toBe('3 · Largely in place');
    expect(voteLabel('notApplicable', tr, 'meaning', OSPO_FRAMEWORK.scale)).toBe(
      'Not applicable / not a goal',
    );
  });
});

describe('how a participant is named', () => {
  const p = { displayName: 'Łucja Nowak', alias: 'Blue fox', order: 2 };
  it('follows the anonymity setting: name, alias, or a number that follows the list', () => {
    expect(shownName(p, 'names', tr)).toBe('Łucja Nowak');
    expect(shownName(p, 'aliases', tr)).toBe('Blue fox');
    expect(shownName(p, 'anonymous', tr)).toBe('Participant 3');
  });
  it('never shows the name or the alias in an anonymous workshop', () => {
    const shown = shownName(p, 'anonymous', tr);
    expect(shown).not.toContain('Łucja');
    expect(shown).not.toContain('fox');
  });
});

describe('a decision', () => {
  it('needs a rationale with an agreed value, and none without one', () => {
    expect(decisionProblem({ agreedValue: 3, rationale: '  ', notes: '' })).toBe('rationale');
    expect(decisionProblem({ agreedValue: 3, rationale: 'Legal confirmed it', notes: '' })).toBeNull();
    expect(decisionProblem({ agreedValue: null, rationale: '', notes: 'talk again in May' })).toBeNull();
  });
  it('refuses a value off the scale and texts beyond their limit', () => {
    const off = { agreedValue: 5 as unknown as 0, rationale: 'x', notes: '' };
    expect(decisionProblem(off)).toBe('value');
    const long = { agreedValue: 2 as const, rationale: 'x'.repeat(MAX_RATIONALE + 1), notes: '' };
    expect(decisionProblem(long)).toBe('tooLong');
    // White space around the text is not kept, so it does not count towards the limit.
    const padded = { agreedValue: 2 as const, rationale: ` ${'x'.repeat(MAX_RATIONALE)} `, notes: '' };
    expect(decisionProblem(padded)).toBeNull();
    expect(normalizeDecision(padded).rationale).toHaveLength(MAX_RATIONALE);
  });
});
