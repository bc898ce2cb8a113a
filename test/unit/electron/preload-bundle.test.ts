/**
 * The preload as Electron runs it: the built CommonJS bundle, in a context of its own where `require` only
 * knows `electron` (as in a sandboxed renderer). It must need nothing else, expose the bridge, and never
 * construct a Function (the CSP forbids eval; zod's probe would be reported as a violation).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP_API_EVENTS, DESKTOP_API_METHODS, type DesktopApi } from '../../../shared/ipc/contract';
import { electronBundle } from '../../../electron/vite.shared';

const outDir = mkdtempSync(path.join(tmpdir(), 'ospo-preload-'));
let code = '';

beforeAll(async () => {
  await build({ ...electronBundle('electron/preload/index.ts', outDir, 'browser'), configFile: false });
  code = readFileSync(path.join(outDir, 'index.cjs'), 'utf8');
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function runSandboxed() {
  const required: string[] = [];
  const invoked: unknown[][] = [];
  let exposed: DesktopApi | undefined;
  const electron = {
    contextBridge: { exposeInMainWorld: (_key: string, api: typeof exposed) => (exposed = api) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => void invoked.push(args),
      on: () => undefined,
      removeListener: () => undefined,
    },
  };
  const context = vm.createContext({
    exports: {},
    require: (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return electron;
    },
  });
  vm.runInContext(
    `globalThis.functionsBuilt = 0;
     globalThis.Function = new Proxy(Function, {
       construct(target, args) { globalThis.functionsBuilt++; return Reflect.construct(target, args); },
     });`,
    context,
  );
  vm.runInContext(code, context);
  return { context, required, invoked, api: () => exposed };
}

describe('preload bundle', () => {
  it('is one CommonJS file that requires only electron', () => {
    const { required } = runSandboxed();
    expect(required).toEqual(['electron']);
    expect(code.match(/require\(/g)).toHaveLength(1);
  });

  it('exposes the bridge and validates without building functions', async () => {
    const { context, api, invoked } = runSandboxed();
    const bridge = api();
    expect(Object.keys(bridge ?? {}).sort()).toEqual([...DESKTOP_API_METHODS, ...DESKTOP_API_EVENTS].sort());
    const bytes = vm.runInContext('new Uint8Array([1, 2])', context) as Uint8Array;
    await bridge?.saveFile({
      bytes,
      suggestedName: 'report.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    await expect(bridge?.saveFile({ bytes, suggestedName: '../x', filters: [] })).rejects.toThrow(
      /suggestedName/,
    );
    expect(invoked).toHaveLength(1);
    expect(vm.runInContext('functionsBuilt', context)).toBe(0);
  });
});
