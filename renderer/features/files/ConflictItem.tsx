import { useTranslator } from '../../app/i18n';
import type { Translator } from '../../../shared/i18n';
import type { ConflictChoice, MergeConflict, WorkshopData } from '../../../shared/files';
import type { DecisionWithHistory, Vote } from '../../../shared/model/types';
import { voteLabel } from '../../../shared/model/vote-scale';
import { colorName, roleLabel } from '../../../shared/model/labels';
import { statementOf } from '../../../shared/framework/names';

interface Option {
  side: ConflictChoice;
  label: string;
}

/** The words for one conflict: what it is about, and what keeping each side means. */
function describe(
  c: MergeConflict,
  data: WorkshopData,
  tr: Translator,
): { title: string; options: [Option, Option] } {
  const { t } = tr;
  const person = (id: string) => data.participants.find((p) => p.id === id)?.displayName ?? id;
  const team = (id: string | null) =>
    id === null ? t('files.conflict.noTeam') : (data.teams.find((x) => x.id === id)?.name ?? id);
  const questionTitle = (id: string) => {
    const n = data.workshop.settings.questionIds.indexOf(id) + 1;
    const statement = statementOf(data.framework, id);
    return n > 0 ? t('files.conflict.question', { n, statement }) : statement;
  };
  const answer = (v: Vote) => voteLabel(v.value, tr, 'meaning', data.framework.scale);
  const recorded = (v: Vote) =>
    t('files.conflict.recorded', { answer: answer(v), when: tr.formatDateTime(v.at) });
  const decision = (d: DecisionWithHistory) =>
    [
      d.agreedValue === null
        ? t('files.conflict.noAgreedValue')
        : t('files.conflict.agreed', { value: d.agreedValue }),
      d.rationale,
      d.notes,
    ]
      .filter(Boolean)
      .join(' — ');
  const sides = (mine: string, theirs: string): [Option, Option] => [
    { side: 'mine', label: t('files.conflict.mine', { what: mine }) },
    { side: 'theirs', label: t('files.conflict.theirs', { what: theirs }) },
  ];
  switch (c.kind) {
    case 'vote':
      return {
        title: t('files.conflict.vote', {
          person: person(c.mine.participantId),
          round: c.mine.round,
          question: questionTitle(c.mine.questionId),
        }),
        options: sides(recorded(c.mine), recorded(c.theirs)),
      };
    case 'unrevealedVote': {
      const vote = (c.mine ?? c.theirs) as Vote;
      const params = {
        person: person(vote.participantId),
        round: vote.round,
        question: questionTitle(vote.questionId),
        answer: answer(vote),
      };
      return c.theirs
        ? {
            title: t('files.conflict.unrevealedTheirs', params),
            options: [
              { side: 'mine', label: t('files.conflict.leaveOut') },
              { side: 'theirs', label: t('files.conflict.addIt') },
            ],
          }
        : {
            title: t('files.conflict.unrevealedMine', params),
            options: [
              { side: 'mine', label: t('files.conflict.keepIt') },
              { side: 'theirs', label: t('files.conflict.leaveOutTheirs') },
            ],
          };
    }
    case 'decision':
      return {
        title: t('files.conflict.decision', { question: questionTitle(c.mine.questionId) }),
        options: sides(decision(c.mine), decision(c.theirs)),
      };
    case 'participant': {
      const who = (p: typeof c.mine) =>
        [p.displayName, team(p.teamId), p.role ? roleLabel(p.role, t) : t('files.conflict.noRole')].join(
          ', ',
        );
      return {
        title: t('files.conflict.participant', { person: c.mine.displayName }),
        options: sides(who(c.mine), who(c.theirs)),
      };
    }
    case 'team': {
      const what = (x: typeof c.mine) => `${x.name} (${colorName(x.color, t)})`;
      return {
        title: t('files.conflict.team', { team: c.mine.name }),
        options: sides(what(c.mine), what(c.theirs)),
      };
    }
  }
}

/** One conflict as a choice between this computer's version and the file's. */
export function ConflictItem({
  conflict,
  data,
  index,
  choice,
  onChoose,
}: {
  conflict: MergeConflict;
  data: WorkshopData;
  index: number;
  choice: ConflictChoice | undefined;
  onChoose(choice: ConflictChoice): void;
}) {
  const tr = useTranslator();
  const { title, options } = describe(conflict, data, tr);
  return (
    <li className="conflict" data-testid="conflict">
      <fieldset>
        <legend>{title}</legend>
        {options.map((o) => (
          <label key={o.side} className="setup-choice conflict-choice">
            <input
              type="radio"
              name={`conflict-${index}`}
              value={o.side}
              checked={choice === o.side}
              onChange={() => onChoose(o.side)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
    </li>
  );
}
