import { useEffect } from 'react';
import { useTranslator } from '../../app/i18n';
import { useAppStore } from '../../store/app-store';
import {
  selectPersistenceAsked,
  selectProtectStorage,
  selectRefreshStorage,
  selectStorageHealth,
} from '../../store/selectors';

/**
 * Where the workshops are kept: how much room they take, and whether the browser keeps them when the
 * disk runs low — on the first screen, where a facilitator looks before a workshop. When they are not
 * protected, it says what that means and offers to ask again.
 */
export function StorageHealth() {
  const tr = useTranslator();
  const { t } = tr;
  const health = useAppStore(selectStorageHealth);
  const asked = useAppStore(selectPersistenceAsked);
  const protect = useAppStore(selectProtectStorage);
  const refresh = useAppStore(selectRefreshStorage);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (!health) return null;
  const { usage, quota, persisted } = health;
  return (
    <section className="storage-health" aria-labelledby="storage-title" data-testid="storage-health">
      <h2 id="storage-title">{t('storage.title')}</h2>
      <p>
        {usage !== null && quota !== null
          ? t('storage.usage', { used: tr.formatBytes(usage), available: tr.formatBytes(quota) })
          : t('storage.usageUnknown')}
      </p>
      {persisted === true ? (
        <p className="storage-protected">
          <span aria-hidden="true">✓ </span>
          {t('storage.protected')}
        </p>
      ) : persisted === false ? (
        <div className="storage-unprotected" role="status">
          <p>
            <span aria-hidden="true">! </span>
            {t('storage.notProtected')}
          </p>
          {asked ? <p>{t('storage.refused')}</p> : null}
          <button type="button" onClick={() => void protect()}>
            {t('storage.ask')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('storage.unknown')}</p>
      )}
    </section>
  );
}
