import { useCallback, useEffect, useState } from 'react';
import { useOwnedWork } from '../../ui/use-owned-work';
import type { RoundState } from './session-model';

/** A write in flight for a row: which vote it will leave (the `at` it replaces), or a clear. */
interface Pending {
  scope: string;
  replacesAt: number | null;
  committed: boolean;
}

/**
 * Which rows of the grid say "Saving…": from the key press until the database shows the write. A
 * committed write stays "Saving…" until the read that brings a vote other than the one it replaced, so a
 * row never flashes back to Waiting between the commit and the read, and turns to Recorded in the very
 * render that brings the vote. A refused vote (a full disk) says "Not recorded" on its row until the
 * next write to that row or another vote for that person, in the same question and round: the room sees
 * which vote to type again.
 */
export function useSavingRows(scope: string, state: RoundState | null) {
  const [pending, setPending] = useState<ReadonlyMap<string, Pending>>(new Map());
  // The rows whose last vote was refused: the scope it was typed in and the vote it would have replaced.
  const [refused, setRefused] = useState<ReadonlyMap<string, Omit<Pending, 'committed'>>>(new Map());
  const owned = useOwnedWork();

  // Once the vote is shown the entry is dropped; the row already says Recorded, so nothing changes on screen.
  useEffect(() => {
    if (!state) return;
    setPending((now) => {
      let changed = false;
      const next = new Map(now);
      for (const [id, p] of now) {
        if (!p.committed) continue;
        const at = state.votes.get(id)?.at ?? null;
        if (p.scope !== scope || at !== p.replacesAt) {
          next.delete(id);
          changed = true;
        }
      }
      return changed ? next : now;
    });
  }, [scope, state]);

  /**
   * Runs one row's write (`write` resolves true once committed) and shows it saving meanwhile; a vote
   * (`isVote`) that resolves false was refused, while a clear may simply have had nothing to clear.
   */
  const track = useCallback(
    async (
      id: string,
      where: string,
      replacesAt: number | null,
      write: () => Promise<boolean>,
      isVote: boolean,
    ) => {
      setPending((s) => new Map(s).set(id, { scope: where, replacesAt, committed: false }));
      setRefused((r) => (r.has(id) ? without(r, id) : r));
      let ok = false;
      try {
        ok = await write();
      } finally {
        // The write belongs to the store and may finish after the grid is gone; then nothing is left to update.
        if (owned.alive()) {
          const done: Pending = { scope: where, replacesAt, committed: true };
          setPending((s) => {
            const n = new Map(s);
            // Refused, or nothing to clear: the row is as it was. Committed: wait for the database to show it.
            if (ok) n.set(id, done);
            else n.delete(id);
            return n;
          });
          if (!ok && isVote) setRefused((r) => new Map(r).set(id, { scope: where, replacesAt }));
          // Should the database never show this write (undone at once), the row stops saying Saving anyway.
          if (ok) {
            owned.later(
              () =>
                setPending((s) => {
                  if (s.get(id) !== done) return s;
                  const n = new Map(s);
                  n.delete(id);
                  return n;
                }),
              1000,
            );
          }
        }
      }
    },
    [owned],
  );

  const isSaving = (id: string) => {
    const p = pending.get(id);
    if (p?.scope !== scope) return false;
    return !p.committed || (state?.votes.get(id)?.at ?? null) === p.replacesAt;
  };
  // A vote for that person since (from a phone, another window) ends it too: the row shows that vote.
  const isRefused = (id: string) => {
    const r = refused.get(id);
    return r?.scope === scope && (state?.votes.get(id)?.at ?? null) === r.replacesAt;
  };
  return { isSaving, isRefused, track };
}

function without<V>(map: ReadonlyMap<string, V>, id: string): ReadonlyMap<string, V> {
  const next = new Map(map);
  next.delete(id);
  return next;
}
