import { describe, expect, it } from 'vitest';
import { configVariants, validate } from './builder-variants';

describe('electron-builder.yml', () => {
  const variant = configVariants('builder');

  it('passes electron-builder’s schema validation and the packaging rules', async () => {
    const { code, output } = await validate();
    expect(output).toContain('electron-builder.yml: valid');
    expect(code).toBe(0);
  });

  it('rejects an option electron-builder does not know', async () => {
    const file = await variant('unknown-option', (yaml) =>
      yaml.replace(/^mac:\n/m, 'mac:\n  notAnOption: true\n'),
    );
    const { code, output } = await validate(file);
    expect(code).toBe(1);
    expect(output).toMatch(/does not match the API schema/);
  });

  it('rejects a value of the wrong type', async () => {
    const file = await variant('wrong-type', (yaml) => yaml.replace(/^asar: true$/m, 'asar: [yes]'));
    const { code, output } = await validate(file);
    expect(code).toBe(1);
    expect(output).toMatch(/configuration\.asar/);
  });

  it('rejects a package that would ship node_modules', async () => {
    const file = await variant('ships-node-modules', (yaml) =>
      yaml.replace(/^ {2}- '!node_modules\/\*\*'\n/m, ''),
    );
    const { code, output } = await validate(file);
    expect(code).toBe(1);
    expect(output).toContain('files must list "!node_modules/**"');
  });

  it('rejects a package without the voter page or the macOS local-network text phone voting needs', async () => {
    const file = await variant('no-phones', (yaml) =>
      yaml
        .replace(/^ {2}- dist\/voter\/\*\*\n/m, '')
        .replace(/^ {4}NSLocalNetworkUsageDescription: >-\n(?: {6}.*\n)+/m, '    CFBundleName: x\n'),
    );
    const { code, output } = await validate(file);
    expect(code).toBe(1);
    expect(output).toContain('files must list "dist/voter/**"');
    expect(output).toContain('mac.extendInfo.NSLocalNetworkUsageDescription must explain phone voting');
  });

  it('rejects a missing target or icon', async () => {
    const file = await variant('no-deb', (yaml) =>
      yaml
        .replace(/^ {4}- deb\n/m, '')
        .replace('icon: assets/icons/icon.ico', 'icon: assets/icons/missing.ico'),
    );
    const { code, output } = await validate(file);
    expect(code).toBe(1);
    expect(output).toContain('linux.target must include deb');
    expect(output).toContain('win.icon: assets/icons/missing.ico does not exist');
  });
});
