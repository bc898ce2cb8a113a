import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_NAME, APP_VERSION } from '../../../shared/ipc/app-identity';

const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  productName: string;
  version: string;
};

describe('app identity of the browser build', () => {
  it('matches package.json, which Electron reports in the desktop app', () => {
    expect(APP_NAME).toBe(manifest.productName);
    expect(APP_VERSION).toBe(manifest.version);
  });
});
