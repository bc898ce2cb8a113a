import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const roles = (items: MenuItemConstructorOptions[]) =>
  flatten(items)
    .map((item) => item.role)
    .filter(Boolean);

describe('menuTemplate', () => {
  it('has the usual menus, with the app menu on macOS only', () => {
    const mac = menuTemplate({ platform: 'darwin', appName: 'OSPO Workshop', isPackaged: true });
    const linux = menuTemplate({ platform: 'linux', appName: 'OSPO Workshop', isPackaged: true });
    expect(mac.map((item) => item.role ?? item.label)).toEqual([
      'appMenu',
      'fileMenu',
      'editMenu',
      'View',
      'windowMenu',
      'help',
    ]);
    expect(linux.map((item) => item.role ?? item.label)).toEqual([
      'fileMenu',
      'editMenu',
      'View',
      'windowMenu',
      'help',
    ]);
  });

  it('takes its own labels from the message catalog, in English where the locale has no catalog', () => {
    const items = flatten(
      menuTemplate({ platform: 'linux', appName: 'OSPO Workshop', isPackaged: true, locale: 'de-DE' }),
    );
    expect(items.map((item) => item.label).filter(Boolean)).toEqual(['View', 'About OSPO Workshop']);
  });

  it('offers developer tools and reload only in development', () => {
    const packaged = roles(menuTemplate({ platform: 'win32', appName: 'OSPO Workshop', isPackaged: true }));
    const dev = roles(menuTemplate({ platform: 'win32', appName: 'OSPO Workshop', isPackaged: false }));
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(dev).toContain('toggleDevTools');
  });

  it('has no item of its own that could open a link or run code', () => {
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      const items = flatten(menuTemplate({ platform, appName: 'OSPO Workshop', isPackaged: false }));
      expect(items.filter((item) => item.click !== undefined)).toEqual([]);
      expect(
        items.every((item) => item.role !== undefined || item.type === 'separator' || item.submenu),
      ).toBe(true);
    }
  });
});
