// The import as the app runs it — open a file, read it, choose, write — over a real (in-memory)
// database: 1,000 broken files are each imported correctly or refused with a message, and a refused
// file leaves the database exactly as it was.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OspoDatabase } from '../../../../renderer/db/database';
import { createRepositories } from '../../../../renderer/db/repositories';
import { createAppStore } from '../../../../renderer/store/app-store';
import { defaultWorkshopSettings } from '../../../../renderer/features/workshops/defaults';
import type { DesktopApi, OpenFileResult, SaveFileRequest } from '../../../../shared/ipc/contract';
import { createTranslator } from '../../../../shared/i18n';
import { describeFailure, serializeWorkshop } from '../../../../shared/files';
import { GGI_FRAMEWORK_FILE } from '../../../fixtures/frameworks';
import { META, smallWorkshop } from '../../shared/files/workshops';
import { mutate, mutation } from '../../shared/files/mutate';
import { createBrowserPlatform } from '../../../../renderer/platform/browser';
import { dump, uniqueDbName } from '../db/db-harness';

const tr = createTranslator('en');

/** The app's store over a fresh database, with dialogs that hand over `next` and keep what is saved. */
async function app() {
  const db = new OspoDatabase(uniqueDbName('import'));
  await db.open();
  const repos = createRepositories(db, { defaults: defaultWorkshopSettings });
  const dialogs = { next: null as OpenFileResult, saved: [] as SaveFileRequest[] };
  // The browser's platform, with dialogs that hand over `next` and keep what is saved.
  const platform: DesktopApi = {
    ...createBrowserPlatform(document),
    getAppInfo: async () => ({ name: 'OSPO Workshop', version: '0.1.0', runtime: 'browser' }),
    saveFile: async (request) => {
      dialogs.saved.push(request);
      return { saved: true, fileName: request.suggestedName };
    },
    openFile: async () => dialogs.next,
  };
  const store = createAppStore({ repos, t: tr.t, initialHash: '#/', platform });
  return { db, repos, store, dialogs };
}

const errorNotices = (s: ReturnType<Awaited<ReturnType<typeof app>>['store']['getState']>) =>
  s.notices.filter((n) => n.kind === 'error');

describe('importing files through the app', () => {
  it('imports a new workshop, then offers merge, replace or keep both for the same one', async () => {
    const { repos, store, dialogs } = await app();
    const data = smallWorkshop();
    dialogs.next = {
      name: 'w.workshop.json',
      bytes: new TextEncoder().encode(await serializeWorkshop(data, META)),
    };
    await store.getState().startImport();
    const flow = store.getState().importFlow;
    expect(flow?.step === 'choose' && flow.entries.map((e) => [e.existing, e.choice])).toEqual([
      [null, 'new'],
    ]);
    await store.getState().confirmImport();
    expect(store.getState().importFlow).toBeNull();
    expect((await repos.workshops.list()).map((w) => w.title)).toEqual([data.workshop.title]);

    // The same file again: identical, nothing to do.
    await store.getState().startImport();
    const again = store.getState().importFlow;
    expect(again?.step === 'choose' && again.entries[0]?.existing?.identical).toBe(true);
    store.getState().closeImport();

    // A later export from another laptop: merge is offered first; keeping both makes a copy.
    const later = { ...data, votes: data.votes.slice(1) };
    dialogs.next = {
      name: 'w2.workshop.json',
      bytes: new TextEncoder().encode(await serializeWorkshop(later, META)),
    };
    await store.getState().startImport();
    const third = store.getState().importFlow;
    expect(third?.step === 'choose' && third.entries[0]?.choice).toBe('merge');
    store.getState().setImportChoice(0, 'copy');
    await store.getState().confirmImport();
    expect((await repos.workshops.list()).map((w) => w.title).sort()).toEqual([
      data.workshop.title,
      `${data.workshop.title} (copy)`,
    ]);
  });

  it('exports a workshop, the backup of all, and CSV through the save dialog', async () => {
    const { repos, store, dialogs } = await app();
    await repos.files.write([{ data: smallWorkshop(), replace: false }]);
    await store.getState().exportWorkshop('w-1');
    await store.getState().exportAll();
    await store.getState().exportCsv('w-1', 'votes');
    expect(dialogs.saved.map((s) => s.suggestedName)).toEqual([
      'Q3 OSPO check — Łódź 2026-11-30.workshop.json',
      `All workshops ${new Date().toISOString().slice(0, 10)}.workshops.json`,
      'Q3 OSPO check — Łódź 2026-11-30 votes.csv',
    ]);
    expect(dialogs.saved.map((s) => s.filters[0]?.extensions)).toEqual([['json'], ['json'], ['csv']]);
    expect(errorNotices(store.getState())).toEqual([]);
  });

  it('reads or refuses 700 broken workshop files, and a refused one changes nothing', async () => {
    const { db, store, dialogs, repos } = await app();
    const data = smallWorkshop();
    await repos.files.write([{ data, replace: false }]);
    const text = await serializeWorkshop({ ...data, votes: data.votes.slice(2) }, META);
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const before = await dump(db);
        dialogs.next = { name: 'broken.workshop.json', bytes: await mutate(text, m) };
        await store.getState().startImport();
        const flow = store.getState().importFlow;
        if (flow?.step === 'refused') {
          refused++;
          expect(tr.message(describeFailure(flow.failure))).toMatch(/Nothing was changed/);
          expect(await dump(db)).toBe(before);
        } else {
          expect(flow?.step).toBe('choose');
          if (flow?.step !== 'choose') return;
          flow.entries.forEach((e, i) => store.getState().setImportChoice(i, e.existing ? 'replace' : 'new'));
          await store.getState().confirmImport();
          const after = store.getState().importFlow;
          if (after !== null) {
            // Refused when writing (e.g. ids that belong to another workshop): nothing changed.
            expect(after.step === 'choose' && after.error).toBeTruthy();
            expect(await dump(db)).toBe(before);
          }
        }
        store.getState().closeImport();
        expect(errorNotices(store.getState())).toEqual([]);
      }),
      { numRuns: 700, seed: 7 },
    );
    expect(refused).toBeGreaterThan(300);
  }, 300_000);

  it('installs or refuses 300 broken framework files, and a refused one changes nothing', async () => {
    const { db, store, dialogs } = await app();
    const text = JSON.stringify(GGI_FRAMEWORK_FILE);
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const before = await dump(db);
        dialogs.next = {
          name: 'broken.framework.json',
          bytes: await mutate(text, { ...m, fixChecksum: false }),
        };
        await store.getState().importFramework();
        const flow = store.getState().importFlow;
        const errors = errorNotices(store.getState());
        if (flow?.step === 'refused' || errors.length > 0) expect(await dump(db)).toBe(before);
        for (const e of errors) store.getState().dismiss(e.id);
        store.getState().closeImport();
      }),
      { numRuns: 300, seed: 11 },
    );
  }, 300_000);
});
