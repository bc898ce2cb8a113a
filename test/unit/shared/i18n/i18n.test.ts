import { describe, expect, it } from 'vitest';
import {
  createTranslator,
  errorToMessage,
  interpolate,
  LocalizedError,
  resolveLocale,
  textLanguage,
} from '../../../../shared/i18n';
import { en } from '../../../../shared/i18n/en';
import { SCORING_RULES } from '../../../../shared/scoring';

describe('message catalog', () => {
  it('fills placeholders and plural forms for the locale', () => {
    const { t } = createTranslator('en');
    expect(t('home.count', { count: 1 })).toBe('1 workshop');
    expect(t('home.count', { count: 12 })).toBe('12 workshops');
    expect(t('workshop.created', { title: 'Łódź' })).toBe('Workshop "Łódź" created.');
  });

  it('formats numbers and dates with Intl for the chosen locale', () => {
    expect(createTranslator('en').formatNumber(0.7256, 2)).toBe('0.73');
    expect(createTranslator('es').formatNumber(0.7256, 2)).toBe('0,73');
    // A calendar date never shifts a day, whatever the time zone.
    expect(createTranslator('en').formatDate('2026-11-25', 'long')).toBe('November 25, 2026');
    expect(createTranslator('ja').formatDate('2026-11-25', 'long')).toBe('2026年11月25日');
  });

  it('falls back to English for a locale without a catalog', () => {
    expect(createTranslator('zh-CN').t('home.title')).toBe('Workshops');
  });

  it('leaves unknown placeholders visible rather than inventing text', () => {
    expect(interpolate('Hello {name}', {}, 'en')).toBe('Hello {name}');
  });

  it('translates a message whose parameters are messages themselves', () => {
    const { message } = createTranslator('en');
    expect(
      message({ key: 'error.workshop.tooLong', params: { field: { key: 'workshop.form.title' }, max: 120 } }),
    ).toBe('Title is longer than 120 characters. Nothing was saved. Shorten it, then save again.');
  });

  it('gives errors a key to translate where they are shown, and English text for logs', () => {
    const error = new LocalizedError('error.team.duplicate', { name: 'Legal' });
    expect(errorToMessage(error)).toEqual({ key: 'error.team.duplicate', params: { name: 'Legal' } });
    expect(error.message).toBe(
      'A team called "Legal" already exists. Nothing was changed. Choose another name.',
    );
    expect(errorToMessage(new TypeError('x is undefined'))).toEqual({
      key: 'error.unexpected',
      params: { detail: 'x is undefined' },
    });
  });

  it('has error messages that say what happened, what was kept and what to do next', () => {
    const errors = Object.entries(en).filter(([key]) => key.startsWith('error.'));
    expect(errors.length).toBeGreaterThan(10);
    for (const [key, text] of errors) {
      expect(text, key).toMatch(/nothing|kept/i);
      expect(text.split(/[.:]\s/).length, key).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps the text’s language and plural forms when only the formats follow another locale', () => {
    const ja = createTranslator('ja-JP');
    expect([ja.locale, ja.language]).toEqual(['ja-JP', 'en']);
    expect(ja.t('home.count', { count: 1 })).toBe('1 workshop');
    expect(ja.formatRelative(0, 5 * 60_000)).toBe('5 minutes ago');
    expect(createTranslator('de-DE').t('home.count', { count: 1234 })).toBe('1.234 workshops');
    expect(textLanguage('en-GB')).toBe('en-GB');
  });

  it('accepts only well-formed locale tags, English otherwise', () => {
    expect(resolveLocale('de-de')).toBe('de-DE');
    expect(resolveLocale('not a locale!')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
    expect(createTranslator('???').locale).toBe('en');
  });
});

describe('scoring rules', () => {
  it('every rule has English words with its numbers filled in', () => {
    const { t } = createTranslator('en');
    for (const [id, rule] of Object.entries(SCORING_RULES)) {
      const text = t(rule.message, rule.params);
      expect(text, id).not.toBe(rule.message);
      expect(text, id).not.toMatch(/[{}]/);
    }
    expect(t(SCORING_RULES.strengths.message, SCORING_RULES.strengths.params)).toContain('3 or more');
  });
});
