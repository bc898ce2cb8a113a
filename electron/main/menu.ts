/**
 * The application menu: the platform's usual roles, nothing that opens a web page (the app is offline).
 * Developer tools are offered only in development builds.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuContext {
  platform: NodeJS.Platform;
  appName: string;
  isPackaged: boolean;
}

export function menuTemplate({ platform, appName, isPackaged }: MenuContext): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];

  const template: MenuItemConstructorOptions[] = [
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
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
      submenu: [{ role: 'about', label: `About ${appName}` }],
    },
  ];
  return isMac ? [{ role: 'appMenu', label: appName }, ...template] : template;
}
