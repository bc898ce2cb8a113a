/**
 * How colours, roles and question groups are named for the reader: the setup, the results and the report
 * word them the same way.
 */
import type { MessageKey, Translator } from '../i18n';
import { PARTICIPANT_ROLES, TEAM_PALETTE, type ParticipantRole } from './palette';
import type { QuestionGroupKey } from './question-selection';
import type { Framework, FrameworkQuestion } from '../framework/schema';

const COLOR_KEYS: Record<string, MessageKey> = {
  '#E69F00': 'setup.color.orange',
  '#56B4E9': 'setup.color.skyBlue',
  '#009E73': 'setup.color.bluishGreen',
  '#0072B2': 'setup.color.blue',
  '#D55E00': 'setup.color.vermillion',
  '#CC79A7': 'setup.color.reddishPurple',
  '#F0E442': 'setup.color.yellow',
  '#000000': 'setup.color.black',
};

/** The palette colour's name in the reader's language (a colour is never shown without it). */
export function colorName(hex: string, t: Translator['t']): string {
  const key = COLOR_KEYS[hex.toUpperCase()];
  return key ? t(key) : (TEAM_PALETTE.find((c) => c.hex === hex.toUpperCase())?.name ?? hex);
}

export function roleLabel(role: string, t: Translator['t']): string {
  return (PARTICIPANT_ROLES as readonly string[]).includes(role)
    ? t(`setup.role.${role as ParticipantRole}`)
    : role;
}

export function groupLabel(key: QuestionGroupKey, framework: Framework, t: Translator['t']): string {
  switch (key.kind) {
    case 'stagePractice':
      return t('setup.questions.group.stage', {
        stage: key.stage,
        name: framework.stages.find((s) => s.stage === key.stage)?.name ?? '',
      });
    case 'involvement':
      return t('setup.questions.group.involvement');
    case 'enabler':
      return t('setup.questions.group.enabler');
    case 'archetype':
      return t('setup.questions.group.archetype');
    case 'goal':
      return t('setup.questions.group.goal', {
        name: framework.goals.find((g) => g.id === key.goal)?.name ?? key.goal,
      });
  }
}

/** What a question feeds into ("Stage 2 practice", "Enabler: Budget"), shown beside its statement. */
export function informsLabel(
  question: FrameworkQuestion,
  framework: Framework,
  tr: Pick<Translator, 't'>,
): string {
  const informs = question.informs;
  switch (informs.kind) {
    case 'stagePractice':
      return tr.t('session.informs.stagePractice', { stage: informs.stage });
    case 'involvement':
      return tr.t('session.informs.involvement');
    case 'enabler':
      return tr.t('session.informs.enabler', {
        name: framework.enablers.find((e) => e.id === informs.enabler)?.name ?? informs.enabler,
      });
    case 'archetype':
      return tr.t('session.informs.archetype');
    case 'goal':
      return tr.t('session.informs.goal', {
        name: framework.goals.find((g) => g.id === informs.goal)?.name ?? informs.goal,
      });
  }
}
