import { describe, expect, it } from 'vitest';
import { newAlias } from '../../../../renderer/db/people.repo';
import { parseParticipantList } from '../../../../shared/model/participant-list';
import { databaseWithWorkshop } from './db-harness';

const setup = () => databaseWithWorkshop('people');

describe('people repository', () => {
  it('adds a pasted list in one go, creating the teams it names with distinct palette colours', async () => {
    const { repos, w } = await setup();
    const { participants } = parseParticipantList('Ana, Legal, legal\nBo, Engineering\nCy\nDee, legal');
    await repos.people.addParticipants(w.id, participants);
    const teams = await repos.people.teams(w.id);
    const people = await repos.people.participants(w.id);
    expect(teams.map((t) => t.name)).toEqual(['Legal', 'Engineering']);
    expect(new Set(teams.map((t) => t.color)).size).toBe(2);
    expect(
      people.map((p) => [p.displayName, teams.find((t) => t.id === p.teamId)?.name ?? null, p.role]),
    ).toEqual([
      ['Ana', 'Legal', 'legal'],
      ['Bo', 'Engineering', null],
      ['Cy', null, null],
      ['Dee', 'Legal', null],
    ]);
    // Aliases are distinct codes that do not follow the order of the list.
    expect(people.every((p) => /^P\d{2}$/.test(p.alias))).toBe(true);
    expect(new Set(people.map((p) => p.alias)).size).toBe(4);
  });

  it('adds nothing when one name in the list already exists (all or nothing)', async () => {
    const { db, repos, w } = await setup();
    await repos.people.addParticipant(w.id, { displayName: 'Bo', teamId: null, role: null });
    const list = [
      { line: 1, displayName: 'Ana', teamName: 'Legal', role: null },
      { line: 2, displayName: 'bo', teamName: null, role: null },
    ];
    await expect(repos.people.addParticipants(w.id, list)).rejects.toThrow(/already a participant/);
    expect(await db.participants.count()).toBe(1);
    expect(await db.teams.count()).toBe(0);
  });

  it('removing a team keeps its participants, without a team', async () => {
    const { repos, w } = await setup();
    const legal = await repos.people.addTeam(w.id, 'Legal');
    const ana = await repos.people.addParticipant(w.id, {
      displayName: 'Ana',
      teamId: legal.id,
      role: 'legal',
    });
    await repos.people.removeTeam(legal.id);
    expect((await repos.people.participants(w.id))[0]).toMatchObject({ id: ana.id, teamId: null });
  });

  it('refuses duplicate team names and colours outside the palette', async () => {
    const { repos, w } = await setup();
    const t = await repos.people.addTeam(w.id, 'Legal');
    await expect(repos.people.addTeam(w.id, ' legal ')).rejects.toThrow(/already exists/);
    await expect(repos.people.updateTeam(t.id, { color: '#123456' })).rejects.toThrow(/palette/);
  });

  it('draws aliases at random among the free codes, so they say nothing about who is where', async () => {
    const { repos, w } = await setup();
    const list = Array.from({ length: 30 }, (_, i) => ({
      line: i + 1,
      displayName: `Person ${i + 1}`,
      teamName: null,
      role: null,
    }));
    await repos.people.addParticipants(w.id, list);
    await repos.people.addParticipant(w.id, { displayName: 'Late arrival', teamId: null, role: null });
    const aliases = (await repos.people.participants(w.id)).map((p) => p.alias);
    expect(new Set(aliases).size).toBe(31);
    const numbers = aliases.map((a) => Number(a.slice(1)));
    // 30 draws in list order coming out sorted would happen once in 30! runs.
    expect(numbers).not.toEqual([...numbers].sort((a, b) => a - b));
  });

  it('moves to three-digit aliases when the two-digit ones run out', () => {
    const taken = new Set(Array.from({ length: 90 }, (_, i) => `P${i + 10}`));
    expect(newAlias(taken, () => 0)).toBe('P100');
    expect(newAlias(new Set(['P10']), () => 0)).toBe('P11');
    expect(newAlias(new Set(), () => 0.999)).toBe('P99');
  });
});
