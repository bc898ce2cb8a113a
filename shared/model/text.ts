import { cleanText } from './workshop-fields';

/**
 * Text from a file is cleaned as typed text is: a line (a name, a title) folds white space like the
 * forms do; a paragraph (a rationale, notes) keeps its line breaks. Control characters other than
 * line breaks and tabs go in both, so nothing invisible reaches a screen, a report or a spreadsheet.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANY_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

export function cleanLine(value: string): string {
  return cleanText(value.replace(CONTROL, ''));
}

export function cleanParagraph(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}

export function hasControlCharacter(value: string): boolean {
  return ANY_CONTROL.test(value);
}
