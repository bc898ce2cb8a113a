/**
 * English messages for refusals and failures. Each says what happened, what was kept and what to do
 * next, because the facilitator reads it in front of a room (ui.md, "Words").
 */
export const errorMessages = {
  'error.unexpected':
    'Something went wrong ({detail}). Nothing was changed. Try again; if it happens again, reload the app: every recorded vote is kept.',
  'error.storage.quota':
    'The disk is full, or the browser refused more storage. Nothing was changed. Free some disk space, then try again.',
  'error.storage.conflict':
    'This was already saved by another change. Nothing was changed. Check what the screen shows now, then try again if needed.',
  'error.storage.refused':
    'The local database refused the change ({detail}). Nothing was changed. Try again; if it keeps happening, reload the app.',
  'error.storage.blocked':
    'Another window of the app has your workshops open and does not let go of them, so this one cannot open them. Nothing was changed. Close the other windows of the app (an older version may still be running), then reload this one.',
  'error.storage.undeclaredTable':
    'The workshop was not deleted: the app does not know which rows of "{table}" belong to it. Everything was kept. Please report this problem.',

  'error.workshop.notFound':
    'This workshop is no longer on this computer, so nothing was changed. Go back to all workshops.',
  'error.workshop.required': '{field} is empty. Nothing was saved. Fill it in, then save again.',
  'error.workshop.tooLong':
    '{field} is longer than {max} characters. Nothing was saved. Shorten it, then save again.',
  'error.workshop.invalidDate':
    '{field} is not a valid date. Nothing was saved. Choose a date, then save again.',

  'error.settings.framework':
    'The question set does not name its framework. Nothing was saved. Choose the question set again, then save.',
  'error.settings.noQuestions':
    'The question set is empty. Nothing was saved. Choose at least one question, then save.',
  'error.settings.duplicateQuestion':
    'A question is in the set twice. Nothing was saved. Choose the question set again, then save.',
  'error.settings.targetStage':
    'The target stage must be 0 to 4, or none. Nothing was saved. Choose a stage, then save.',
  'error.settings.anonymity':
    'That way of showing names does not exist. Nothing was saved. Choose names, aliases or anonymous ids.',
  'error.settings.thresholds':
    'A consensus rule is outside its range. Nothing was saved. Correct the rule, then save.',

  'error.team.nameRequired': 'A team needs a name. Nothing was saved. Type a name, then add the team.',
  'error.team.nameTooLong':
    'Team names are at most {max} characters. Nothing was saved. Shorten the name, then try again.',
  'error.team.duplicate': 'A team called "{name}" already exists. Nothing was changed. Choose another name.',
  'error.team.notFound':
    'This team is no longer in the workshop. Nothing was changed. The list shows the teams that remain.',
  'error.team.color':
    'That colour is not in the accessible palette. Nothing was changed. Pick one of the colours offered.',

  'error.participant.nameRequired':
    'A participant needs a name. Nothing was saved. Type a name, then add the participant.',
  'error.participant.nameTooLong':
    'Participant names are at most {max} characters. Nothing was saved. Shorten the name, then try again.',
  'error.participant.duplicate':
    '"{name}" is already a participant. Nothing was changed. Add them under a name that tells them apart, such as with an initial.',
  'error.participant.duplicateInList':
    '"{name}" is already a participant. Nothing from the list was added. Remove or rename that line, then add the list again.',
  'error.participant.full':
    'A workshop has room for {max} participants. Nothing was changed. Remove someone who is not taking part, or start a second workshop.',
  'error.participant.notFound':
    'This participant is no longer in the workshop. Nothing was changed. The list shows the participants who remain.',
  'error.participant.foreignTeam':
    'That team does not belong to this workshop. Nothing was changed. Choose one of this workshop’s teams.',

  'error.vote.value':
    'A vote is 0–4, "don’t know" or "not applicable". Nothing was recorded. Enter one of those.',
  'error.vote.round':
    'Rounds are numbered from 1. Nothing was recorded. Reload the session, then vote again.',
  'error.vote.stranger':
    'This participant is not in the workshop. Nothing was recorded. Reload the session to see who takes part.',
  'error.vote.revealedRound':
    'Round {round} is revealed, so its votes can no longer change. Nothing was recorded. Start round {next} to vote again, or undo the reveal to correct a vote.',
  'error.vote.notCurrentRound':
    'This question is in round {current} now, not round {round}: the screen was out of date. Nothing was recorded. Look at the round shown now, then vote again.',
  'error.undo.gone':
    'The last step can no longer be undone: it was about a participant, question or round that has since been removed. Nothing was changed, and that step was taken off the undo list.',
  'error.participant.revealedVotes':
    '{name} has {count, plural, one {# vote} other {# votes}} in rounds the room has seen. Nothing was changed. Confirm the removal in the setup, where it says what it changes.',
  'error.round.revealFirst':
    'The current round is still hidden. Nothing was changed. Reveal the current round before starting another.',
  'error.decision.value': 'An agreed value is 0–4. Nothing was saved. Choose a value from 0 to 4.',
  'error.decision.rationale':
    'An agreed value needs a rationale. Nothing was saved. Say why the room settled on it, then save.',
  'error.decision.tooLong':
    'The text is too long: at most {maxRationale} characters for the rationale and {maxNotes} for the notes. Nothing was saved. Shorten it, then save again.',

  'error.report.options':
    'These report options cannot be kept. Nothing was changed. Choose the sections and the paper again.',
  'error.file.tooLarge':
    '{name} is larger than {max} MB, so it was not opened. Nothing was changed. Choose a smaller file.',
  'error.file.unreadable':
    '{name} could not be read. Nothing was changed. Check that the file is still there, then try again.',
} as const;
