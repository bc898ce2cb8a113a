import { useTranslator } from '../../app/i18n';
import { useAppStore } from '../../store/app-store';
import {
  selectChooseAllConflicts,
  selectChooseConflict,
  selectCloseImport,
  selectConfirmImport,
  selectConfirmMerge,
  selectImportFlow,
  selectSetImportChoice,
} from '../../store/selectors';
import { Dialog } from '../../ui/Dialog';
import { ChooseImport } from './ChooseImport';
import { MergeReview } from './MergeReview';
import { RefusedFile } from './RefusedFile';
import type { Message } from '../../../shared/i18n';

/** A refusal of the last step, where the facilitator is looking (not behind the dialog). */
function FlowError({ error }: { error: Message | undefined }) {
  const tr = useTranslator();
  if (!error) return null;
  return (
    <p className="field-error flow-error" role="alert">
      {tr.message(error)}
    </p>
  );
}

/** The import in progress, one step at a time: reading, refused, what to import, the merge review. */
export default function ImportFlowDialog() {
  const { t } = useTranslator();
  const flow = useAppStore(selectImportFlow);
  const close = useAppStore(selectCloseImport);
  const setChoice = useAppStore(selectSetImportChoice);
  const confirmImport = useAppStore(selectConfirmImport);
  const chooseConflict = useAppStore(selectChooseConflict);
  const chooseAll = useAppStore(selectChooseAllConflicts);
  const confirmMerge = useAppStore(selectConfirmMerge);
  if (!flow) return null;

  if (flow.step === 'reading' || flow.step === 'saving') {
    return (
      <Dialog title={t(`files.flow.${flow.step}`, { name: flow.fileName })} onClose={close}>
        <p role="status" className="muted">
          {t(`files.flow.${flow.step}.body`)}
        </p>
      </Dialog>
    );
  }

  if (flow.step === 'refused') {
    return (
      <Dialog
        title={t(`files.refused.${flow.what}`, { name: flow.fileName })}
        role="alertdialog"
        onClose={close}
        className="dialog-wide"
      >
        <RefusedFile failure={flow.failure} />
        <div className="dialog-actions">
          <button type="button" className="button-primary" onClick={close} data-autofocus>
            {t('common.close')}
          </button>
        </div>
      </Dialog>
    );
  }

  if (flow.step === 'choose') {
    const anything = flow.entries.some((e) => e.choice !== 'skip') || flow.frameworks.length > 0;
    const merging = flow.entries.some((e) => e.choice === 'merge');
    return (
      <Dialog
        title={t('files.import.title', { name: flow.fileName })}
        onClose={close}
        className="dialog-wide"
      >
        <ChooseImport kind={flow.kind} entries={flow.entries} onChoose={setChoice} />
        {flow.frameworks.length > 0 ? (
          <p className="muted">{t('files.import.frameworks', { count: flow.frameworks.length })}</p>
        ) : null}
        <FlowError error={flow.error} />
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {anything ? t('common.cancel') : t('common.close')}
          </button>
          {anything ? (
            <button type="button" className="button-primary" onClick={() => void confirmImport()}>
              {merging ? t('files.import.reviewMerge') : t('files.import.confirm')}
            </button>
          ) : null}
        </div>
      </Dialog>
    );
  }

  const open = flow.plan.conflicts.filter((c) => flow.choices[c.key] === undefined).length;
  return (
    <Dialog
      title={t('files.merge.title', { title: flow.plan.merged.workshop.title })}
      description={<p className="muted">{t('files.merge.from', { name: flow.fileName })}</p>}
      onClose={close}
      className="dialog-wide"
    >
      <MergeReview
        plan={flow.plan}
        choices={flow.choices}
        onChoose={chooseConflict}
        onChooseAll={chooseAll}
      />
      <div className="dialog-actions">
        {open > 0 ? (
          <p className="muted merge-waiting" id="merge-waiting">
            {t('files.merge.waiting', { count: open })}
          </p>
        ) : null}
        <button type="button" onClick={close}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={open > 0}
          aria-describedby={open > 0 ? 'merge-waiting' : undefined}
          onClick={() => void confirmMerge()}
        >
          {t('files.merge.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
