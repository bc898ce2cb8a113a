import { describe, expect, it } from 'vitest';
import { parseParticipantList } from '../../../../shared/model/participant-list';
import { previewPaste } from '../../../../shared/model/participant-preview';

describe('paste preview', () => {
  it('counts the people and names each new team once, ignoring case and existing teams', () => {
    const { participants } = parseParticipantList(
      'Ana, Legal, legal\nBo, engineering\nCy, Engineering, eng\nDee\nEd, LEGAL',
    );
    expect(previewPaste(participants, ['legal'])).toEqual({ count: 5, newTeams: ['engineering'] });
    expect(previewPaste(participants, [])).toEqual({ count: 5, newTeams: ['Legal', 'engineering'] });
  });
});
