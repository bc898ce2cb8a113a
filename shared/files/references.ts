import type { Framework } from '../framework/schema';
import type { FrameworkProblem } from '../framework/problems';
import type { WorkshopContent } from './schema';
import type { Vote } from '../model/types';

/**
 * What the shape of a workshop cannot say on its own: ids are unique, every reference resolves (a vote's
 * participant, question and round; a participant's team), the settings name the embedded framework,
 * and each question's rounds follow the session's rules — numbered 1, 2, 3… with every round but the
 * last revealed, as the session repository allows them to be written. `at` prefixes every path.
 */
export function checkWorkshopReferences(
  content: WorkshopContent,
  votes: readonly Vote[],
  framework: Framework,
  at: string,
): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const report = (path: string, code: FrameworkProblem['code'], message: string) =>
    problems.push({ path: at === '' ? path : `${at}.${path}`, code, message });
  const questions = new Set(framework.questions.map((q) => q.id));

  const { settings } = content;
  if (settings.frameworkId !== framework.id || settings.frameworkVersion !== framework.version) {
    report(
      'settings.frameworkId',
      'inconsistent',
      `names framework "${settings.frameworkId}" ${settings.frameworkVersion}, but the file holds "${framework.id}" ${framework.version}`,
    );
  }
  settings.questionIds.forEach((id, i) => {
    if (!questions.has(id))
      report(`settings.questionIds[${i}]`, 'unknownReference', `question "${id}" is not in the framework`);
  });

  const teams = unique(content.teams, (t) => t.id, 'teams', report);
  const people = unique(content.participants, (p) => p.id, 'participants', report);
  content.participants.forEach((p, i) => {
    if (p.teamId !== null && !teams.has(p.teamId))
      report(`participants[${i}].teamId`, 'unknownReference', `team "${p.teamId}" is not in the file`);
  });

  unique(content.rounds, (r) => `${r.questionId}\u0000${r.round}`, 'rounds', report, 'round');
  const roundsOf = new Map<string, Set<number>>();
  for (const r of content.rounds)
    roundsOf.set(r.questionId, (roundsOf.get(r.questionId) ?? new Set()).add(r.round));
  const byQuestion = new Map<string, { round: number; revealed: boolean; index: number }[]>();
  content.rounds.forEach((r, i) => {
    if (!questions.has(r.questionId))
      report(
        `rounds[${i}].questionId`,
        'unknownReference',
        `question "${r.questionId}" is not in the framework`,
      );
    const list = byQuestion.get(r.questionId) ?? [];
    list.push({ round: r.round, revealed: r.revealedAt !== null, index: i });
    byQuestion.set(r.questionId, list);
  });
  for (const list of byQuestion.values()) {
    list.sort((x, y) => x.round - y.round);
    let last = 0;
    list.forEach((r, k) => {
      if (r.round === last) return; // a repeat, reported above
      if (r.round !== last + 1) {
        report(
          `rounds[${r.index}].round`,
          'inconsistent',
          `round ${r.round} comes after round ${last}: rounds are numbered 1, 2, 3…`,
        );
      }
      last = r.round;
      if (k < list.length - 1 && !r.revealed) {
        report(
          `rounds[${r.index}].revealedAt`,
          'inconsistent',
          `round ${r.round} is hidden, yet a later round exists: a new round starts only after a reveal`,
        );
      }
    });
  }

  // Nested maps rather than joined string keys: a large workshop has 150,000 votes to look up.
  const voted = new Map<string, Map<number, Set<string>>>();
  votes.forEach((v, i) => {
    const row = `votes[${i}]`;
    if (!people.has(v.participantId)) {
      report(
        `${row}.participantId`,
        'unknownReference',
        `participant "${v.participantId}" is not in the file`,
      );
    }
    if (!questions.has(v.questionId)) {
      report(`${row}.questionId`, 'unknownReference', `question "${v.questionId}" is not in the framework`);
    } else if (!roundsOf.get(v.questionId)?.has(v.round)) {
      report(`${row}.round`, 'unknownReference', `round ${v.round} of "${v.questionId}" is not in the file`);
    }
    let byRound = voted.get(v.questionId);
    if (!byRound) voted.set(v.questionId, (byRound = new Map()));
    let voters = byRound.get(v.round);
    if (!voters) byRound.set(v.round, (voters = new Set()));
    if (voters.has(v.participantId)) report(row, 'duplicate', 'the same vote appears twice');
    voters.add(v.participantId);
  });

  unique(content.decisions, (d) => d.questionId, 'decisions', report, 'decision');
  content.decisions.forEach((d, i) => {
    if (!questions.has(d.questionId))
      report(
        `decisions[${i}].questionId`,
        'unknownReference',
        `question "${d.questionId}" is not in the framework`,
      );
  });
  const position = content.session?.questionId;
  if (position != null && !questions.has(position))
    report('session.questionId', 'unknownReference', `question "${position}" is not in the framework`);
  return problems;
}

/** The keys of a list, reporting each repeat (at its `id`, or the row itself for compound keys). */
function unique<T>(
  list: readonly T[],
  key: (item: T) => string,
  name: string,
  report: (path: string, code: FrameworkProblem['code'], message: string) => void,
  what?: string,
): Set<string> {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) {
      if (what) report(`${name}[${i}]`, 'duplicate', `the same ${what} appears twice`);
      else report(`${name}[${i}].id`, 'duplicate', `id "${k}" appears twice`);
    }
    seen.add(k);
  });
  return seen;
}
