/**
 * The latency benchmark types into a workshop its seeder filled through the app's own repositories.
 * Benchmarks do not run with the tests, so a repository rule the seeder breaks would only show when
 * someone measures: this runs the seeder on a small workshop and checks what the benchmark relies on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDatabase } from '../../../../renderer/db/database';
import { DATABASE_NAME } from '../../../../renderer/db/schema';
import { seedWorkshop } from '../../../bench/latency/seed.page';
import { storedVotes } from './db-harness';

afterEach(async () => {
  await Dexie.delete(DATABASE_NAME);
});

describe('the latency benchmark seeder', () => {
  it('fills every question with revealed rounds of votes, then opens one hidden, empty round to type into', async () => {
    const seeded = await seedWorkshop({ participants: 4, rounds: 3 });
    expect(seeded.votes).toBe(4 * 3 * seeded.questions);

    const db = await openDatabase();
    try {
      const votes = (await storedVotes(db)).filter((v) => v.workshopId === seeded.workshopId);
      expect(votes).toHaveLength(seeded.votes);
      const rounds = await db.rounds
        .where(':id')
        .between([seeded.workshopId, Dexie.minKey], [seeded.workshopId, Dexie.maxKey])
        .toArray();
      expect(rounds).toHaveLength(4 * seeded.questions);
      for (const round of rounds) {
        expect(round.revealedAt === null).toBe(round.round === 4);
        const inRound = votes.filter((v) => v.questionId === round.questionId && v.round === round.round);
        expect(inRound).toHaveLength(round.round === 4 ? 0 : 4);
      }
    } finally {
      db.close();
    }
  });

  it('leaves an empty workshop with no round started when asked for none', async () => {
    const seeded = await seedWorkshop({ participants: 4, rounds: 0 });
    expect(seeded.votes).toBe(0);
    const db = await openDatabase();
    try {
      expect(
        await db.rounds
          .where(':id')
          .between([seeded.workshopId, Dexie.minKey], [seeded.workshopId, Dexie.maxKey])
          .count(),
      ).toBe(0);
    } finally {
      db.close();
    }
  });
});
