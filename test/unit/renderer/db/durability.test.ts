// A vote shown as recorded survives a power cut: every write asks IndexedDB for strict durability.
import { describe, expect, it, vi } from 'vitest';
import { databaseWithWorkshop } from './db-harness';

describe('durability', () => {
  it('opens every read-write transaction with strict durability', async () => {
    // Dexie binds the connection's transaction() when it opens: watch it before that.
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const { repos, w } = await databaseWithWorkshop('durable');
    const [ana] = await repos.people.addParticipants(w.id, [
      { line: 1, displayName: 'Ana', teamName: null, role: null },
    ]);
    const q = w.settings.questionIds[0]!;
    await repos.session.recordVote({
      workshopId: w.id,
      questionId: q,
      participantId: ana!.id,
      round: 1,
      value: 2,
    });
    await repos.session.reveal(w.id, q, 1);
    await repos.session.undo(w.id);
    await repos.people.addTeam(w.id, 'Legal');
    const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes.length).toBeGreaterThanOrEqual(4);
    for (const [, , options] of writes) expect(options).toMatchObject({ durability: 'strict' });
    transaction.mockRestore();
  });
});
