import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/** The architecture's import boundaries are lint rules; these deliberate violations must fail. */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import boundaries', () => {
  it.each([
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
  ])('rejects %s in %s', async (code, file, message) => {
    const messages = await ruleIds(code, file);
    expect(messages.some((m) => m.startsWith('no-restricted-imports') && message.test(m))).toBe(true);
  });

  it('accepts the allowed direction (renderer importing the shared core)', async () => {
    const messages = await ruleIds(
      "import { DEFAULT_THRESHOLDS } from '../../shared/model/types';\nexport const x = DEFAULT_THRESHOLDS;\n",
      'renderer/features/ok.ts',
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toEqual([]);
  });
});
