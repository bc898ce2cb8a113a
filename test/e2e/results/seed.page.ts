/**
 * Runs inside the app's page (bundled with pageBundle()): creates workshops through the app's own
 * repositories — workshop, teams, participants with roles, votes per round, reveals and decisions —
 * so the results screen reads what a real session would have written. `bulk` writes the votes and
 * rounds of a very large workshop in a few transactions instead of one per round (the benchmark).
 */
import { openDatabase } from '../../../renderer/db/database';
import { createRepositories } from '../../../renderer/db/repositories';
import { defaultWorkshopSettings } from '../../../renderer/features/workshops/defaults';
import type { Anonymity, VoteValue } from '../../../shared/model/types';
import type { ParticipantRole } from '../../../shared/model/palette';
import { roundRowsOf } from '../../../renderer/db/vote-store';

export interface SeedRound {
  question: string;
  round: number;
  /** One per participant, in the participants' order; null = no answer. */
  values: (VoteValue | null)[];
  revealed: boolean;
}

export interface SeedWorkshop {
  title: string;
  organization: string;
  date: string;
  targetStage: 0 | 1 | 2 | 3 | 4 | null;
  anonymity: Anonymity;
  /** The question set; the framework's full set when left out. */
  questionIds?: string[];
  participants: { name: string; team: string | null; role: string | null }[];
  rounds: SeedRound[];
  decisions?: { question: string; agreedValue: 0 | 1 | 2 | 3 | 4; rationale: string }[];
  /** Where the session stands (the first seeded question when left out). */
  position?: string;
  /** A framework to install and run the workshop on (the built-in one when left out). */
  framework?: unknown;
}

export interface SeededWorkshop {
  workshopId: string;
  participantIds: string[];
  /** The aliases the app gave them: the projector test makes sure none is shown. */
  aliases: string[];
  teamIds: Record<string, string>;
  votes: number;
}

export async function seedWorkshops(plans: SeedWorkshop[], bulk = false): Promise<SeededWorkshop[]> {
  const db = await openDatabase();
  try {
    const repos = createRepositories(db, { defaults: defaultWorkshopSettings });
    const out: SeededWorkshop[] = [];
    for (const plan of plans) {
      const workshop = await repos.workshops.create({
        title: plan.title,
        organization: plan.organization,
        date: plan.date,
        facilitator: 'Facilitator',
      });
      const installed = plan.framework ? (await repos.frameworks.install(plan.framework)).framework : null;
      await repos.workshops.patchSettings(workshop.id, {
        ...(installed ? { frameworkId: installed.id, frameworkVersion: installed.version } : {}),
        targetStage: plan.targetStage,
        anonymity: plan.anonymity,
        ...(plan.questionIds ? { questionIds: plan.questionIds } : {}),
      });
      const people = await repos.people.addParticipants(
        workshop.id,
        plan.participants.map((p, i) => ({
          line: i + 1,
          displayName: p.name,
          teamName: p.team,
          role: p.role as ParticipantRole | null,
        })),
      );
      const teams = await repos.people.teams(workshop.id);
      let votes = 0;
      const inputs = plan.rounds.flatMap((r) =>
        r.values.flatMap((value, i) =>
          value === null
            ? []
            : [
                {
                  workshopId: workshop.id,
                  questionId: r.question,
                  participantId: people[i]!.id,
                  round: r.round,
                  value,
                },
              ],
        ),
      );
      votes = inputs.length;
      if (bulk) {
        const at = Date.now();
        await db.transaction('rw', db.roundVotes, db.rounds, async () => {
          await db.roundVotes.bulkPut(roundRowsOf(inputs.map((v) => ({ ...v, at }))));
          await db.rounds.bulkPut(
            plan.rounds.map((r) => ({
              workshopId: workshop.id,
              questionId: r.question,
              round: r.round,
              startedAt: at,
              revealedAt: r.revealed ? at : null,
            })),
          );
        });
      } else {
        for (const r of plan.rounds) {
          if (r.round > 1) await repos.session.startRound(workshop.id, r.question);
          const batch = inputs.filter((v) => v.questionId === r.question && v.round === r.round);
          const results = await repos.session.recordVotes(batch);
          const refused = results.find((x) => x instanceof Error);
          if (refused) throw refused;
          if (r.revealed) await repos.session.reveal(workshop.id, r.question, r.round);
        }
      }
      for (const d of plan.decisions ?? []) {
        await repos.session.saveDecision({
          workshopId: workshop.id,
          questionId: d.question,
          agreedValue: d.agreedValue,
          rationale: d.rationale,
          notes: '',
        });
      }
      // A session position, as after a real session: the workshop page then offers its results.
      await repos.session.setPosition(workshop.id, {
        questionId: plan.position ?? plan.rounds[0]?.question ?? null,
      });
      out.push({
        workshopId: workshop.id,
        participantIds: people.map((p) => p.id),
        aliases: people.map((p) => p.alias),
        teamIds: Object.fromEntries(teams.map((t) => [t.name, t.id])),
        votes,
      });
    }
    return out;
  } finally {
    db.close();
  }
}

/** How long the results screen's read of a workshop's votes takes in this page (the benchmark's breakdown). */
export async function timeVoteRead(workshopId: string): Promise<{ votes: number; ms: number }> {
  const db = await openDatabase();
  try {
    const repos = createRepositories(db, { defaults: defaultWorkshopSettings });
    const start = performance.now();
    const votes = await repos.session.votesOfWorkshop(workshopId);
    return { votes: votes.length, ms: performance.now() - start };
  } finally {
    db.close();
  }
}
