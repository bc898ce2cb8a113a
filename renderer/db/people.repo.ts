import type { OspoDatabase } from './database';
import type { ParticipantRecord, TeamRecord } from './records';
import { StorageError, toStorageError } from './errors';
import { keysStartingWith } from './session.reads';
import { RoundVotes } from './vote-store';
import { newId, systemClock, type Clock } from './workshops.repo';
import { nextTeamColor, TEAM_PALETTE } from '../../shared/model/palette';
import { MAX_NAME_LENGTH, type ParsedParticipant } from '../../shared/model/participant-list';
import { cleanText } from '../../shared/model/workshop-fields';

function cleanName(name: string, what: 'team' | 'participant'): string {
  const value = cleanText(name);
  if (value === '') throw new StorageError(`error.${what}.nameRequired`, 'validation');
  if (value.length > MAX_NAME_LENGTH) {
    throw new StorageError(`error.${what}.nameTooLong`, 'validation', { max: MAX_NAME_LENGTH });
  }
  return value;
}

/**
 * An alias for the "aliases" anonymity setting: a short code such as "P37", drawn at random among the
 * codes not yet taken in the workshop. Never derived from the name or the position in the list: the
 * grid lists people in order, so "Participant 3" would tell the room who the third row is.
 */
export function newAlias(taken: ReadonlySet<string>, random: () => number = Math.random): string {
  // Two digits while they last (up to 90 people), then three.
  for (const [low, high] of [
    [10, 99],
    [100, 999],
  ] as const) {
    const free: number[] = [];
    for (let n = low; n <= high; n++) if (!taken.has(`P${n}`)) free.push(n);
    if (free.length > 0) return `P${free[Math.floor(random() * free.length)]}`;
  }
  throw new StorageError('error.participant.full', 'validation', { max: 900 });
}

/** Teams and participants of a workshop. */
export function createPeopleRepository(db: OspoDatabase, clock: Clock = systemClock) {
  async function touch(workshopId: string) {
    await db.workshops.update(workshopId, { updatedAt: clock.now() });
  }

  async function wrap<T>(
    tables: Parameters<OspoDatabase['transaction']>[1][],
    fn: () => Promise<T>,
  ): Promise<T> {
    try {
      return await db.transaction('rw', tables, fn);
    } catch (error) {
      throw toStorageError(error);
    }
  }

  /** The rounds (question id, round) in which a participant has voted. */
  async function roundsVotedIn(workshopId: string, participantId: string) {
    const votes = await RoundVotes.loadWorkshop(db, workshopId);
    return votes.roundsOf(participantId).map(([, questionId, round]) => [questionId, round] as const);
  }

  const repo = {
    teams(workshopId: string): Promise<TeamRecord[]> {
      return db.teams.where('workshopId').equals(workshopId).sortBy('order');
    },

    participants(workshopId: string): Promise<ParticipantRecord[]> {
      return db.participants.where('workshopId').equals(workshopId).sortBy('order');
    },

    addTeam(workshopId: string, name: string, color?: string): Promise<TeamRecord> {
      const clean = cleanName(name, 'team');
      return wrap([db.teams, db.workshops], async () => {
        const teams = await repo.teams(workshopId);
        if (teams.some((t) => t.name.toLocaleLowerCase() === clean.toLocaleLowerCase())) {
          throw new StorageError('error.team.duplicate', 'conflict', { name: clean });
        }
        const team: TeamRecord = {
          id: newId(),
          workshopId,
          name: clean,
          color: color ?? nextTeamColor(teams.map((t) => t.color)),
          order: teams.length === 0 ? 0 : Math.max(...teams.map((t) => t.order)) + 1,
        };
        await db.teams.add(team);
        await touch(workshopId);
        return team;
      });
    },

    updateTeam(id: string, changes: { name?: string; color?: string }): Promise<void> {
      return wrap([db.teams, db.workshops], async () => {
        const team = await db.teams.get(id);
        if (!team) throw new StorageError('error.team.notFound', 'notFound');
        const next = { ...team };
        if (changes.name !== undefined) {
          next.name = cleanName(changes.name, 'team');
          const others = (await repo.teams(team.workshopId)).filter((t) => t.id !== id);
          if (others.some((t) => t.name.toLocaleLowerCase() === next.name.toLocaleLowerCase())) {
            throw new StorageError('error.team.duplicate', 'conflict', { name: next.name });
          }
        }
        if (changes.color !== undefined) {
          if (!TEAM_PALETTE.some((c) => c.hex === changes.color)) {
            throw new StorageError('error.team.color', 'validation');
          }
          next.color = changes.color;
        }
        await db.teams.put(next);
        await touch(team.workshopId);
      });
    },

    /** Removes a team; its participants stay, without a team. */
    removeTeam(id: string): Promise<void> {
      return wrap([db.teams, db.participants, db.workshops], async () => {
        const team = await db.teams.get(id);
        if (!team) return;
        await db.participants
          .where('[workshopId+teamId]')
          .equals([team.workshopId, id])
          .modify({ teamId: null });
        await db.teams.delete(id);
        await touch(team.workshopId);
      });
    },

    addParticipant(
      workshopId: string,
      fields: { displayName: string; teamId: string | null; role: string | null },
    ): Promise<ParticipantRecord> {
      const displayName = cleanName(fields.displayName, 'participant');
      return wrap([db.participants, db.teams, db.workshops], async () => {
        const existing = await repo.participants(workshopId);
        if (existing.some((p) => p.displayName.toLocaleLowerCase() === displayName.toLocaleLowerCase())) {
          throw new StorageError('error.participant.duplicate', 'conflict', { name: displayName });
        }
        if (fields.teamId && (await db.teams.get(fields.teamId))?.workshopId !== workshopId) {
          throw new StorageError('error.participant.foreignTeam', 'validation');
        }
        const order = existing.length === 0 ? 0 : Math.max(...existing.map((p) => p.order)) + 1;
        const participant: ParticipantRecord = {
          id: newId(),
          workshopId,
          displayName,
          alias: newAlias(new Set(existing.map((p) => p.alias))),
          teamId: fields.teamId,
          role: fields.role,
          order,
        };
        await db.participants.add(participant);
        await touch(workshopId);
        return participant;
      });
    },

    /**
     * Adds a pasted list in one transaction: all lines or none. Teams named in the list that do not
     * exist yet are created (with the next free palette colour).
     */
    addParticipants(workshopId: string, list: readonly ParsedParticipant[]): Promise<ParticipantRecord[]> {
      return wrap([db.participants, db.teams, db.workshops], async () => {
        const teams = await repo.teams(workshopId);
        const existing = await repo.participants(workshopId);
        const names = new Set(existing.map((p) => p.displayName.toLocaleLowerCase()));
        const aliases = new Set(existing.map((p) => p.alias));
        let order = existing.length === 0 ? 0 : Math.max(...existing.map((p) => p.order)) + 1;
        const added: ParticipantRecord[] = [];
        for (const item of list) {
          const displayName = cleanName(item.displayName, 'participant');
          if (names.has(displayName.toLocaleLowerCase())) {
            throw new StorageError('error.participant.duplicateInList', 'conflict', { name: displayName });
          }
          names.add(displayName.toLocaleLowerCase());
          let teamId: string | null = null;
          if (item.teamName) {
            let team = teams.find((t) => t.name.toLocaleLowerCase() === item.teamName!.toLocaleLowerCase());
            if (!team) {
              team = {
                id: newId(),
                workshopId,
                name: cleanName(item.teamName, 'team'),
                color: nextTeamColor(teams.map((t) => t.color)),
                order: teams.length === 0 ? 0 : Math.max(...teams.map((t) => t.order)) + 1,
              };
              teams.push(team);
              await db.teams.add(team);
            }
            teamId = team.id;
          }
          const alias = newAlias(aliases);
          aliases.add(alias);
          const participant: ParticipantRecord = {
            id: newId(),
            workshopId,
            displayName,
            alias,
            teamId,
            role: item.role,
            order,
          };
          order += 1;
          added.push(participant);
        }
        await db.participants.bulkAdd(added);
        await touch(workshopId);
        return added;
      });
    },

    updateParticipant(
      id: string,
      changes: { displayName?: string; teamId?: string | null; role?: string | null },
    ): Promise<void> {
      return wrap([db.participants, db.teams, db.workshops], async () => {
        const p = await db.participants.get(id);
        if (!p) throw new StorageError('error.participant.notFound', 'notFound');
        const next = { ...p };
        if (changes.displayName !== undefined) {
          next.displayName = cleanName(changes.displayName, 'participant');
          const others = (await repo.participants(p.workshopId)).filter((o) => o.id !== id);
          if (
            others.some((o) => o.displayName.toLocaleLowerCase() === next.displayName.toLocaleLowerCase())
          ) {
            throw new StorageError('error.participant.duplicate', 'conflict', { name: next.displayName });
          }
        }
        if (changes.teamId !== undefined) {
          if (changes.teamId && (await db.teams.get(changes.teamId))?.workshopId !== p.workshopId) {
            throw new StorageError('error.participant.foreignTeam', 'validation');
          }
          next.teamId = changes.teamId;
        }
        if (changes.role !== undefined) next.role = changes.role;
        await db.participants.put(next);
        await touch(p.workshopId);
      });
    },

    /**
     * Removes a participant and their votes (the confirmation says so), and takes their steps off the
     * undo list in the same transaction, so no undo can bring back a vote of someone who is gone. Votes
     * in revealed rounds change what the room has seen: that needs `revealedVotes: 'remove'`, which the
     * confirmation passes once it has said so.
     */
    removeParticipant(id: string, options: { revealedVotes?: 'remove' } = {}): Promise<void> {
      return wrap([db.participants, db.roundVotes, db.rounds, db.journal, db.workshops], async () => {
        const p = await db.participants.get(id);
        if (!p) return;
        const counts = await repo.voteCounts(p.workshopId, id);
        if (counts.revealed > 0 && options.revealedVotes !== 'remove') {
          throw new StorageError('error.participant.revealedVotes', 'validation', {
            name: p.displayName,
            count: counts.revealed,
          });
        }
        const votes = await RoundVotes.loadWorkshop(db, p.workshopId);
        votes.deleteParticipant(id);
        await votes.save();
        await db.journal
          .where('workshopId')
          .equals(p.workshopId)
          .filter((entry) => entry.participantId === id)
          .delete();
        await db.participants.delete(id);
        await touch(p.workshopId);
      });
    },

    /** A participant's votes, and how many of them are in rounds the room has seen. */
    async voteCounts(
      workshopId: string,
      participantId: string,
    ): Promise<{ total: number; revealed: number }> {
      const [votes, rounds] = await Promise.all([
        roundsVotedIn(workshopId, participantId),
        keysStartingWith(db.rounds, [workshopId], 3).toArray(),
      ]);
      const shown = new Set(
        rounds.filter((r) => r.revealedAt !== null).map((r) => `${r.questionId}\u0000${r.round}`),
      );
      const revealed = votes.filter(([questionId, round]) => shown.has(`${questionId}\u0000${round}`)).length;
      return { total: votes.length, revealed };
    },
  };
  return repo;
}

export type PeopleRepository = ReturnType<typeof createPeopleRepository>;
