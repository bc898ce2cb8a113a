import { describe, expect, it } from 'vitest';
import { parseParticipantList } from '../../../../shared/model/participant-list';

describe('pasted participant lists', () => {
  it('reads names, optional team and role, from commas, tabs or semicolons, ignoring blank lines', () => {
    const { participants, problems } = parseParticipantList(
      'Ana García, Legal, legal\n\nBo\tEngineering\tEng\r\nChen; ; comms\n',
    );
    expect(problems).toEqual([]);
    expect(participants).toEqual([
      { line: 1, displayName: 'Ana García', teamName: 'Legal', role: 'legal' },
      { line: 3, displayName: 'Bo', teamName: 'Engineering', role: 'engineering' },
      { line: 4, displayName: 'Chen', teamName: null, role: 'communications' },
    ]);
  });

  it('reports each bad line with its number and keeps the good ones', () => {
    const { participants, problems } = parseParticipantList(
      `Ana\nana\nBo, Legal, astronaut\n${'x'.repeat(81)}`,
      ['Zoe'],
    );
    expect(participants.map((p) => p.displayName)).toEqual(['Ana']);
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'duplicate'],
      [3, 'unknownRole'],
      [4, 'tooLong'],
    ]);
  });

  it('treats names already in the workshop as duplicates', () => {
    expect(parseParticipantList('Zoe', ['zoe']).problems[0]?.code).toBe('duplicate');
  });
});
