/**
 * The browser implementation of DesktopApi (renderer/platform/browser.ts) with a minimal fake document:
 * saving hands a Blob download to an <a download>, opening reads the file picked in an <input type=file>.
 */
import { describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { acceptAttribute, createBrowserPlatform } from '../../../renderer/platform/browser';

type FakeElement = Record<string, unknown> & {
  listeners: Map<string, () => void>;
  click: ReturnType<typeof vi.fn>;
  remove: ReturnType<typeof vi.fn>;
};

function fakeDocument(onClick: (element: FakeElement) => void = () => undefined) {
  const created: FakeElement[] = [];
  const doc = {
    createElement: (tag: string) => {
      const element: FakeElement = {
        tag,
        listeners: new Map(),
        addEventListener: (name: string, listener: () => void) => element.listeners.set(name, listener),
        click: vi.fn(() => onClick(element)),
        remove: vi.fn(),
      };
      created.push(element);
      return element;
    },
    body: { append: vi.fn() },
  };
  return { doc: doc as unknown as Document, created };
}

describe('browser platform', () => {
  it('reports the app identity and the browser runtime', async () => {
    const { doc } = fakeDocument();
    await expect(createBrowserPlatform(doc).getAppInfo()).resolves.toMatchObject({
      name: 'OSPO Workshop',
      runtime: 'browser',
    });
  });

  it('saves by downloading a blob under the suggested name', async () => {
    const { doc, created } = fakeDocument();
    const result = await createBrowserPlatform(doc).saveFile({
      bytes: new Uint8Array([1, 2]),
      suggestedName: 'Łódź workshop.json',
      filters: [],
    });
    expect(result).toEqual({ saved: true, fileName: 'Łódź workshop.json' });
    const link = created[0];
    expect(link).toMatchObject({ tag: 'a', download: 'Łódź workshop.json' });
    expect(String(link?.href)).toMatch(/^blob:/);
    expect(link?.click).toHaveBeenCalledTimes(1);
    expect(link?.remove).toHaveBeenCalled();
  });

  it('opens the file picked in a file input limited to the filters', async () => {
    const file = new File([new Uint8Array([5, 6, 7])], 'q3.json');
    const { doc, created } = fakeDocument((input) => {
      input.files = [file];
      input.listeners.get('change')?.();
    });
    const result = await createBrowserPlatform(doc).openFile({
      filters: [{ name: 'Workshop', extensions: ['json', 'ospo'] }],
    });
    expect(result).toEqual({ name: 'q3.json', bytes: new Uint8Array([5, 6, 7]) });
    expect(created[0]).toMatchObject({ tag: 'input', type: 'file', accept: '.json,.ospo' });
  });

  it('resolves null when the picker is cancelled', async () => {
    const { doc } = fakeDocument((input) => input.listeners.get('cancel')?.());
    await expect(createBrowserPlatform(doc).openFile({ filters: [] })).resolves.toBeNull();
  });

  it('refuses files over the size limit', async () => {
    const { doc } = fakeDocument((input) => {
      input.files = [{ name: 'huge.json', size: MAX_FILE_BYTES + 1 }];
      input.listeners.get('change')?.();
    });
    await expect(createBrowserPlatform(doc).openFile({ filters: [] })).rejects.toThrow(
      'huge.json is larger than 200 MB',
    );
  });

  it('builds the accept attribute from the filters', () => {
    expect(
      acceptAttribute([
        { name: 'Data', extensions: ['csv'] },
        { name: 'PDF', extensions: ['pdf'] },
      ]),
    ).toBe('.csv,.pdf');
  });

  it('opens the projector in a second tab of the same page, named per workshop so it is reused', async () => {
    const tab = { focus: vi.fn() };
    const open = vi.fn(() => tab);
    const doc = { defaultView: { location: { pathname: '/', search: '' }, open } } as unknown as Document;
    await createBrowserPlatform(doc).openProjector({ workshopId: 'w 1' });
    expect(open).toHaveBeenCalledWith('/#/workshops/w%201/projector', 'ospo-projector-w 1');
    expect(tab.focus).toHaveBeenCalled();
  });
});
