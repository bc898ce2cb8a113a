import { TEAM_PALETTE } from '../../shared/model/palette';
import type { Round } from '../../shared/model/types';
import type { WorkshopData } from '../../shared/files/workshop-data';
import { syntheticWorkshop, type WorkshopShape } from './synthetic-workshop';

/**
 * A whole synthetic workshop as a file carries it: the scoring benchmark's seeded votes, with every round
 * revealed but the last of each question, teams in palette colours, a decision and a session position.
 */
export function syntheticWorkshopData(shape: WorkshopShape, workshopId = 'w'): WorkshopData {
  const base = syntheticWorkshop(shape);
  // Its own id: the built-in framework's id and version name the built-in framework's 40 questions.
  const framework = { ...base.framework, id: 'synthetic', version: `${shape.questions}-questions` };
  const input = {
    ...base,
    framework,
    settings: { ...base.settings, frameworkId: framework.id, frameworkVersion: framework.version },
  };
  const own = <T extends { workshopId: string }>(row: T): T => ({ ...row, workshopId });
  const start = 1_700_000_000_000;
  const rounds: Round[] = input.framework.questions.flatMap((q) =>
    Array.from({ length: shape.rounds }, (_, r) => ({
      workshopId,
      questionId: q.id,
      round: r + 1,
      startedAt: start + r,
      revealedAt: r + 1 < shape.rounds ? start + r + 1 : null,
    })),
  );
  const first = input.framework.questions[0]!.id;
  return {
    workshop: {
      id: workshopId,
      title: `Synthetic ${shape.participants} × ${shape.questions} × ${shape.rounds}`,
      organization: 'Example Org',
      date: '2026-11-30',
      facilitator: 'Łucja Żółć',
      createdAt: start,
      updatedAt: start + 5,
      settings: input.settings,
    },
    framework: input.framework,
    teams: input.teams.map((t, i) => own({ ...t, color: TEAM_PALETTE[i % TEAM_PALETTE.length]!.hex })),
    participants: input.participants.map(own),
    rounds,
    votes: input.votes.map(own),
    decisions: [
      {
        workshopId,
        questionId: first,
        agreedValue: 2,
        rationale: 'The room agreed on 2 after the second round.',
        notes: 'Legal disagreed; see follow-up.',
        createdAt: start + 10,
        updatedAt: start + 20,
        history: [{ agreedValue: 3, rationale: 'First take.', notes: '', at: start + 10 }],
      },
    ],
    session: {
      workshopId,
      questionId: first,
      captureMode: 'facilitator',
      skipped: [],
      updatedAt: start + 30,
    },
    resolvedConflicts: [],
  };
}
