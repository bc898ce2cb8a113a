// A seeded mutator for files: cut short, bytes flipped, or one value of the JSON replaced, removed,
// duplicated or given a dangerous key — with the checksum recomputed half of the time, so mutations
// reach the schema and the reference checks instead of stopping at the checksum.
import fc from 'fast-check';
import { sha256Hex } from '../../../../shared/files/sha256';

type Json = unknown;

const REPLACEMENTS: Json[] = [
  null,
  0,
  -1,
  1.5,
  1e308,
  '',
  ' ',
  'x'.repeat(10_000),
  '=HYPERLINK("http://example.invalid")',
  '\u0000\u0007',
  true,
  [],
  {},
  { __proto__: null, nested: [1, 2] },
  '2026-02-30',
  'dontKnow',
  5,
];

/** Every path to a value in the document (objects and arrays included), as keys and indices. */
function paths(
  value: Json,
  at: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(at);
  if (out.length > 5000) return out;
  if (Array.isArray(value)) value.slice(0, 6).forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function parentOf(
  root: Json,
  path: (string | number)[],
): [Record<string | number, Json>, string | number] | null {
  if (path.length === 0) return null;
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  return [node, path[path.length - 1] as string | number];
}

export interface Mutation {
  kind: 'truncate' | 'flip' | 'replace' | 'remove' | 'duplicate' | 'dangerousKey';
  pick: number;
  value: number;
  fixChecksum: boolean;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('truncate', 'flip', 'replace', 'replace', 'remove', 'duplicate', 'dangerousKey'),
  pick: fc.nat(),
  value: fc.nat(),
  fixChecksum: fc.boolean(),
});

/** The text after one mutation. */
export async function mutate(text: string, m: Mutation): Promise<Uint8Array> {
  const encoded = new TextEncoder().encode(text);
  if (m.kind === 'truncate') return encoded.slice(0, m.pick % encoded.length);
  if (m.kind === 'flip') {
    const copy = encoded.slice();
    const at = m.pick % copy.length;
    copy[at] = (copy[at] as number) ^ (1 << (m.value % 8));
    return copy;
  }
  const doc = JSON.parse(text) as Json;
  const all = paths(doc);
  const target = all[m.pick % all.length] as (string | number)[];
  const parent = parentOf(doc, target);
  if (parent) {
    const [node, key] = parent;
    if (m.kind === 'replace') node[key] = structuredClone(REPLACEMENTS[m.value % REPLACEMENTS.length]);
    else if (m.kind === 'remove') {
      if (Array.isArray(node)) node.splice(key as number, 1);
      else delete node[key];
    } else if (m.kind === 'duplicate' && Array.isArray(node)) node.push(structuredClone(node[key as number]));
    else if (m.kind === 'dangerousKey' && node[key] && typeof node[key] === 'object') {
      const bad = ['__proto__', 'constructor', 'prototype'][m.value % 3] as string;
      Object.defineProperty(node[key], bad, { value: { polluted: true }, enumerable: true });
    }
  }
  if (m.fixChecksum && doc && typeof doc === 'object') {
    const d = doc as Record<string, Json>;
    if (d['checksum'] && typeof d['checksum'] === 'object' && 'workshop' in d) {
      (d['checksum'] as Record<string, Json>)['value'] = await sha256Hex(JSON.stringify(d['workshop']));
    }
  }
  return new TextEncoder().encode(JSON.stringify(doc));
}
