import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/** The architecture's import boundaries are lint rules; these deliberate violations must fail. */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

type Violation = [code: string, file: string, message: RegExp];

describe('import boundaries', () => {
  it.each<Violation>([
    ["import React from 'react';\nexport const x = React;\n", 'shared/scoring/violation.ts', /no UI/],
    [
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      'shared/stats/violation.ts',
      /Node/,
    ],
    [
      "import { db } from '../renderer/db/database';\nexport const x = db;\n",
      'electron/main/violation.ts',
      /never imports renderer/,
    ],
    [
      "import { app } from 'electron';\nexport const x = app;\n",
      'electron/server/room/violation.ts',
      /electron\/server\/ is plain Node/,
    ],
    [
      "import { ipcMain } from 'electron/main';\nexport const x = ipcMain;\n",
      'electron/server/violation.ts',
      /electron\/server\/ is plain Node/,
    ],
    [
      "import { createMainWindow } from '../../main/window';\nexport const x = createMainWindow;\n",
      'electron/server/room/violation.ts',
      /never imports the main process/,
    ],
    [
      "import { api } from '../preload/index';\nexport const x = api;\n",
      'electron/server/violation.ts',
      /never imports the main process or the preload/,
    ],
    [
      "import { getPlatform } from '../../../renderer/platform';\nexport const x = getPlatform;\n",
      'electron/server/web/violation.ts',
      /electron\/server\/ imports only shared\/ and Node/,
    ],
    [
      "import Dexie from 'dexie';\nexport const x = Dexie;\n",
      'electron/server/room/violation.ts',
      /electron\/server\/ is plain Node/,
    ],
    [
      "import { openDatabase } from '../../renderer/db/database';\nexport const x = openDatabase;\n",
      'electron/cli/violation.ts',
      /electron\/cli\/ imports from renderer\/ only the PDF report renderer/,
    ],
    [
      "import { app } from 'electron';\nexport const x = app;\n",
      'electron/cli/violation.ts',
      /electron\/cli\/ is plain Node/,
    ],
    [
      "import { createMainWindow } from '../main/window';\nexport const x = createMainWindow;\n",
      'electron/cli/violation.ts',
      /never imports the main process/,
    ],
    [
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      'renderer/voter/violation.ts',
      /no Node built-ins/,
    ],
    [
      "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
      'renderer/voter/violation.ts',
      /phone browser: no Electron/,
    ],
    ...['react', 'react-dom/client', 'dexie', 'dexie-react-hooks', 'zustand', 'zustand/vanilla', 'jspdf'].map(
      (name) =>
        [
          `import * as lib from '${name}';\nexport const x = lib;\n`,
          'renderer/voter/violation.ts',
          /The voter page uses no framework or app library/,
        ] satisfies Violation,
    ),
    ...['../store/session.slice', '../platform', '../ui/Button', '../../renderer/platform'].map(
      (path) =>
        [
          `import * as app from '${path}';\nexport const x = app;\n`,
          'renderer/voter/violation.ts',
          /The voter page imports nothing of the app/,
        ] satisfies Violation,
    ),
    [
      "import { ballotRequestSchema } from '../../shared/room/schemas';\nexport const x = ballotRequestSchema;\n",
      'renderer/voter/violation.ts',
      /only plain types and messages/,
    ],
    [
      "import { z } from 'zod';\nexport const x = z;\n",
      'renderer/voter/violation.ts',
      /only plain types and messages/,
    ],
    [
      "import { api } from '../voter/api';\nexport const x = api;\n",
      'renderer/features/violation.ts',
      /The app never imports the voter page/,
    ],
    [
      "import { api } from './voter/api';\nexport const x = api;\n",
      'renderer/violation.ts',
      /The app never imports the voter page/,
    ],
    [
      "import { app } from 'electron';\nexport const x = app;\n",
      'renderer/features/violation.ts',
      /renderer\/ never imports electron/,
    ],
    [
      "import Dexie from 'dexie';\nexport const x = Dexie;\n",
      'renderer/features/violation.ts',
      /Only renderer\/db/,
    ],
    [
      "import { create } from 'zustand';\nexport const x = create;\n",
      'renderer/features/violation.ts',
      /Only renderer\/store/,
    ],
    [
      "import { openDatabase } from '../../db/database';\nexport const x = openDatabase;\n",
      'renderer/features/violation.ts',
      /Only renderer\/app\/bootstrap opens the database/,
    ],
    [
      "import type { OspoDatabase } from '../db/database';\nexport type X = OspoDatabase;\n",
      'renderer/store/violation.ts',
      /Only renderer\/app\/bootstrap opens the database/,
    ],
    [
      "import { openDatabase } from './database';\nimport { x } from '../db/database';\nexport const y = [openDatabase, x];\n",
      'renderer/ui/violation.ts',
      /Only renderer\/app\/bootstrap opens the database/,
    ],
    ...['react', 'react-dom/client', 'dexie', 'dexie-react-hooks', 'zustand/vanilla', 'jspdf'].map(
      (name) =>
        [
          `import * as lib from '${name}';\nexport const x = lib;\n`,
          'electron/main/violation.ts',
          /electron\/ never imports the renderer or its libraries/,
        ] satisfies Violation,
    ),
  ])('rejects %s in %s', async (code, file, message) => {
    const messages = await ruleIds(code, file);
    expect(messages.some((m) => m.startsWith('no-restricted-imports') && message.test(m))).toBe(true);
  });

  it.each([
    [
      "import { openDatabase } from '../db/database';\nexport const x = openDatabase;\n",
      'renderer/app/bootstrap.tsx',
    ],
    [
      "import { OspoDatabase } from './database';\nexport const x = OspoDatabase;\n",
      'renderer/db/violation.ts',
    ],
    [
      "import { createTranslator } from '../../shared/i18n';\nexport const x = createTranslator;\n",
      'electron/main/ok.ts',
    ],
    [
      "import { createServer } from 'node:http';\nimport type { RoomStatus } from '../../../shared/ipc/room';\nexport const x = createServer;\nexport type X = RoomStatus;\n",
      'electron/server/room/ok.ts',
    ],
    [
      "import { createRoomHost } from '../server/room/room-host';\nexport const x = createRoomHost;\n",
      'electron/main/ok.ts',
    ],
    // The command line: Node, shared/, and the renderer's DOM-free PDF report renderer.
    [
      "import { readFile } from 'node:fs/promises';\nimport { readWorkshopFile } from '../../shared/files';\nimport { renderReportPdf } from '../../renderer/features/report/pdf/render-report';\nexport const x = [readFile, readWorkshopFile, renderReportPdf];\n",
      'electron/cli/ok.ts',
    ],
    // What the voter page imports today: plain types and messages from shared/, and its own modules.
    [
      "import { interpolate } from '../../shared/i18n/interpolate';\nimport { voterMessages } from '../../shared/i18n/en/voter';\nimport type { PhoneQuestion } from '../../shared/room/protocol';\nimport { h } from './dom';\nexport const x = [interpolate, voterMessages, h];\nexport type X = PhoneQuestion;\n",
      'renderer/voter/ok.ts',
    ],
  ])('accepts %s in %s', async (code, file) => {
    const messages = await ruleIds(code, file);
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toEqual([]);
  });

  it('accepts the allowed direction (renderer importing the shared core)', async () => {
    const messages = await ruleIds(
      "import { DEFAULT_THRESHOLDS } from '../../shared/model/types';\nexport const x = DEFAULT_THRESHOLDS;\n",
      'renderer/features/ok.ts',
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toEqual([]);
  });
});
