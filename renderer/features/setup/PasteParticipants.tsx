import { useId, useState, type FormEvent } from 'react';
import { useTranslator } from '../../app/i18n';
import { useOwnedWork } from '../../ui/use-owned-work';
import type { ParticipantRecord, TeamRecord } from '../../db/records';
import {
  MAX_NAME_LENGTH,
  parseParticipantList,
  type ParticipantListProblem,
} from '../../../shared/model/participant-list';
import { PARTICIPANT_ROLES } from '../../../shared/model/palette';
import { previewPaste } from '../../../shared/model/participant-preview';
import { roleLabel } from '../../../shared/model/labels';
import type { SetupActions } from './use-setup-actions';

/**
 * A pasted list ("name" or "name, team, role" per line) with a live preview of who and which new
 * teams will be added. Lines with problems are skipped and stay in the box to be corrected.
 */
export function PasteParticipants({
  teams,
  participants,
  actions,
}: {
  teams: TeamRecord[];
  participants: ParticipantRecord[];
  actions: SetupActions;
}) {
  const { t } = useTranslator();
  const owned = useOwnedWork();
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const parsed = parseParticipantList(
    text,
    participants.map((p) => p.displayName),
  );
  const preview = previewPaste(
    parsed.participants,
    teams.map((team) => team.name),
  );

  const describe = (p: ParticipantListProblem) =>
    p.code === 'tooLong'
      ? t('setup.paste.problem.tooLong', { line: p.line, max: MAX_NAME_LENGTH })
      : p.code === 'unknownRole'
        ? t('setup.paste.problem.unknownRole', {
            line: p.line,
            text: p.text.trim(),
            roles: PARTICIPANT_ROLES.map((r) => roleLabel(r, t)).join(', '),
          })
        : t('setup.paste.problem.duplicate', { line: p.line, text: p.text.trim() });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (preview.count === 0 || busy) return;
    setBusy(true);
    const added = await actions.addParticipants(parsed.participants, (count) =>
      t('setup.participants.addedMany', { count }),
    );
    if (!owned.alive()) return;
    setBusy(false);
    if (added) {
      const lines = text.split(/\r?\n/);
      setText(parsed.problems.map((p) => lines[p.line - 1] ?? '').join('\n'));
    }
  }

  return (
    <form className="setup-paste" onSubmit={submit} noValidate>
      <h3>{t('setup.paste.heading')}</h3>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('setup.paste.label')}</label>
        <textarea
          id={`${id}-text`}
          rows={6}
          value={text}
          spellCheck={false}
          aria-describedby={`${id}-hint ${id}-preview`}
          onChange={(e) => setText(e.target.value)}
        />
        <p id={`${id}-hint`} className="field-hint">
          {t('setup.paste.hint')}
        </p>
      </div>
      <div id={`${id}-preview`} role="status" className="setup-paste-preview">
        <p>
          {preview.count === 0
            ? t('setup.paste.previewNone')
            : t('setup.paste.preview', { count: preview.count })}
          {preview.newTeams.length > 0
            ? ` ${t('setup.paste.newTeams', { count: preview.newTeams.length, names: preview.newTeams.join(', ') })}`
            : ''}
        </p>
      </div>
      {parsed.problems.length > 0 ? (
        <div className="setup-paste-problems">
          <h4>{t('setup.paste.problems')}</h4>
          <ul>
            {parsed.problems.map((p) => (
              <li key={p.line}>{describe(p)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="submit" className="button-primary" disabled={preview.count === 0 || busy}>
        {preview.count === 0
          ? t('setup.paste.submitNone')
          : t('setup.paste.submit', { count: preview.count })}
      </button>
    </form>
  );
}
