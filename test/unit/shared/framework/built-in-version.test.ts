// A workshop file carries its framework, and an import refuses a framework that differs from the one
// installed under the same id and version — the built-in one included. So the built-in framework's
// content may change only with a new version: files exported with an earlier one still import.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FRAMEWORKS } from '../../../../shared/framework';
import { canonicalJson } from '../../../../shared/files';
import { sha256Hex } from '../../../../shared/files/sha256';

/** SHA-256 of each built-in framework's content (canonical JSON), by id and version. */
const RELEASED: Record<string, string> = {
  'ospo-maturity 1.1.0': 'e8e48ecd4b9530866e44a3c4a56768fce8467d533e60b527550d435429857673',
};

describe('built-in frameworks', () => {
  it('change their content only with a new version', async () => {
    for (const framework of BUILT_IN_FRAMEWORKS) {
      const key = `${framework.id} ${framework.version}`;
      const digest = await sha256Hex(canonicalJson(framework));
      expect(
        RELEASED[key],
        `${key} changed: give it a new version, and add the new version's digest ${digest} here`,
      ).toBe(digest);
    }
  });
});
