/**
 * Runs inside the app's page, bundled by page-bundle.ts: fills a workshop through the app's own
 * repositories, exactly as typed votes and reveals would, so the benchmark types into a workshop that
 * already holds K votes. Every round it seeds is revealed; then each question gets a new hidden round,
 * the re-vote the benchmark types into.
 */
import { openDatabase } from '../../../renderer/db/database';
import { createRepositories } from '../../../renderer/db/repositories';
import { defaultWorkshopSettings } from '../../../renderer/features/workshops/defaults';
import type { VoteValue } from '../../../shared/model/types';

export interface SeedPlan {
  participants: number;
  /** Revealed rounds per question before typing (0: an empty workshop). */
  rounds: number;
}

export interface Seeded {
  workshopId: string;
  votes: number;
  questions: number;
}

const VALUES: readonly VoteValue[] = [0, 1, 2, 3, 4, 'dontKnow'];

export async function seedWorkshop(plan: SeedPlan): Promise<Seeded> {
  const db = await openDatabase();
  try {
    const repos = createRepositories(db, { defaults: defaultWorkshopSettings });
    const workshop = await repos.workshops.create({
      title: `Latency benchmark, ${plan.rounds} rounds`,
      organization: 'Benchmark',
      date: '2026-11-30',
      facilitator: 'Benchmark',
    });
    const people = await repos.people.addParticipants(
      workshop.id,
      Array.from({ length: plan.participants }, (_, i) => ({
        line: i + 1,
        displayName: `Participant ${String(i + 1).padStart(2, '0')}`,
        teamName: `Team ${(i % 5) + 1}`,
        role: null,
      })),
    );
    const questionIds = workshop.settings.questionIds;
    let votes = 0;
    for (const [q, questionId] of questionIds.entries()) {
      for (let round = 1; round <= plan.rounds; round++) {
        // A round opens only after the one before it was revealed, as the session screen does it.
        if (round > 1) await repos.session.startRound(workshop.id, questionId);
        const inputs = people.map((p, i) => ({
          workshopId: workshop.id,
          questionId,
          participantId: p.id,
          round,
          value: VALUES[(q + i + round) % VALUES.length]!,
        }));
        const results = await repos.session.recordVotes(inputs);
        const refused = results.find((r) => r instanceof Error);
        if (refused) throw refused;
        votes += inputs.length;
        await repos.session.reveal(workshop.id, questionId, round);
      }
      if (plan.rounds > 0) await repos.session.startRound(workshop.id, questionId);
    }
    return { workshopId: workshop.id, votes, questions: questionIds.length };
  } finally {
    db.close();
  }
}
