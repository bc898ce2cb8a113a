import type { FrameworkProblem } from '../framework/problems';
import type { Vote, VoteValue } from '../model/types';
import { isVoteValue } from '../model/vote-scale';
import { isRecord } from './json';
import { MAX_ID_LENGTH, MAX_ROUND_NUMBER, MAX_TIME } from './limits';
import { hasControlCharacter } from '../model/text';

/**
 * The votes of a file, checked field by field. Written out rather than as a schema because a large
 * workshop holds 150,000 of them and this loop is several times faster; it applies the same rules as
 * the schema's ids, rounds and times (schema.ts), reports in the same terms, and keeps only known fields
 * (the workshop's id is the file's, not a field of each vote).
 */
export function readVotes(
  raw: unknown,
  workshopId: string,
  path: string,
  problems: FrameworkProblem[],
): Vote[] {
  if (!Array.isArray(raw)) {
    problems.push({
      path,
      code: raw === undefined ? 'required' : 'wrongType',
      message: 'must be a list of votes',
    });
    return [];
  }
  const votes: Vote[] = [];
  for (let i = 0; i < raw.length; i++) {
    const v: unknown = raw[i];
    const at = `${path}[${i}]`;
    if (!isRecord(v)) {
      problems.push({ path: at, code: 'wrongType', message: 'must be an object' });
      continue;
    }
    const before = problems.length;
    checkId(v['questionId'], `${at}.questionId`, problems);
    checkId(v['participantId'], `${at}.participantId`, problems);
    checkInteger(v['round'], `${at}.round`, 1, MAX_ROUND_NUMBER, problems);
    checkInteger(v['at'], `${at}.at`, 0, MAX_TIME, problems);
    if (!isVoteValue(v['value'])) {
      problems.push({
        path: `${at}.value`,
        code: v['value'] === undefined ? 'required' : 'notAllowed',
        message: 'must be 0, 1, 2, 3, 4, "dontKnow" or "notApplicable"',
      });
    }
    if (problems.length > before) continue;
    votes.push({
      workshopId,
      questionId: v['questionId'] as string,
      participantId: v['participantId'] as string,
      round: v['round'] as number,
      value: v['value'] as VoteValue,
      at: v['at'] as number,
    });
  }
  return votes;
}

function checkId(value: unknown, path: string, problems: FrameworkProblem[]): void {
  if (typeof value !== 'string') {
    problems.push({
      path,
      code: value === undefined ? 'required' : 'wrongType',
      message: 'must be a text id',
    });
  } else if (value === '') {
    problems.push({ path, code: 'empty', message: 'must not be empty' });
  } else if (value.length > MAX_ID_LENGTH) {
    problems.push({ path, code: 'tooLong', message: `must be at most ${MAX_ID_LENGTH} characters` });
  } else if (hasControlCharacter(value)) {
    problems.push({ path, code: 'notAllowed', message: 'must not contain control characters' });
  }
}

function checkInteger(
  value: unknown,
  path: string,
  min: number,
  max: number,
  problems: FrameworkProblem[],
): void {
  if (typeof value !== 'number') {
    problems.push({
      path,
      code: value === undefined ? 'required' : 'wrongType',
      message: 'must be a number',
    });
  } else if (!Number.isInteger(value) || value < min || value > max) {
    problems.push({ path, code: 'outOfRange', message: `must be a whole number from ${min} to ${max}` });
  }
}
