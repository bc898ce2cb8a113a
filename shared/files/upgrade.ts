/**
 * Workshop file versions. A file written by an older version of the app is upgraded on import by a
 * chain of pure functions, one per version step, each with a dated reason and its own test. The list is
 * append-only: a released version's upgrader is never edited. Version 1 is the first; the fixture of a
 * version-1 file (test/fixtures/workshop-file-v1.json) must keep importing as the app moves on.
 */
export const CURRENT_FORMAT_VERSION = 1;

export interface FormatUpgrader {
  /** Turns a document of this version into one of the next. */
  from: number;
  /** Dated one-line reason. */
  reason: string;
  upgrade(document: Record<string, unknown>): Record<string, unknown>;
}

export const FORMAT_UPGRADERS: readonly FormatUpgrader[] = [];

export type UpgradeResult =
  | { ok: true; document: Record<string, unknown> }
  | { ok: false; reason: 'newerVersion' | 'unknownVersion'; version: unknown };

/**
 * Brings a document up to `current`, step by step. A version above `current` was written by a newer app
 * and is refused, never guessed at; a version with a gap in the chain is refused too.
 */
export function upgradeDocument(
  document: Record<string, unknown>,
  upgraders: readonly FormatUpgrader[] = FORMAT_UPGRADERS,
  current: number = CURRENT_FORMAT_VERSION,
): UpgradeResult {
  const version = document['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'unknownVersion', version };
  }
  if (version > current) return { ok: false, reason: 'newerVersion', version };
  let doc = document;
  for (let v = version; v < current; v++) {
    const step = upgraders.find((u) => u.from === v);
    if (!step) return { ok: false, reason: 'unknownVersion', version };
    doc = { ...step.upgrade(doc), formatVersion: v + 1 };
  }
  return { ok: true, document: doc };
}
