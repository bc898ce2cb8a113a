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
      'server/room/violation.ts',
      /server\/ is plain Node/,
    ],
    [
      "import { getPlatform } from '../../renderer/platform';\nexport const x = getPlatform;\n",
      'server/web/violation.ts',
      /server\/ imports only shared/,
    ],
    [
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      'voter/violation.ts',
      /no Node built-ins/,
    ],
    [
      "import { ballotRequestSchema } from '../shared/room/schemas';\nexport const x = ballotRequestSchema;\n",
      'voter/violation.ts',
      /only plain types and messages/,
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
