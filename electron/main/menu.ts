/**
 * The application menu: the platform's usual roles, nothing that opens a web page (the app is offline).
 * Developer tools are offered only in development builds. Roles get their labels from Electron; the
 * labels set here come from the same message catalog as the renderer.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { createTranslator } from '../../shared/i18n';

export interface MenuContext {
  platform: NodeJS.Platform;
  appName: string;
  isPackaged: boolean;
  /** The system's locale (app.getLocale()); the catalog falls back to English. */
  locale?: string;
}

export function menuTemplate({
  platform,
  appName,
  isPackaged,
  locale,
}: MenuContext): MenuItemConstructorOptions[] {
  const { t } = createTranslator(locale);
  const isMac = platform === 'darwin';
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];

  const template: MenuItemConstructorOptions[] = [
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: t('menu.view'),
      submenu: [
        ...developerItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ role: 'about', label: t('menu.about', { name: appName }) }],
    },
  ];
  return isMac ? [{ role: 'appMenu', label: appName }, ...template] : template;
}
