// Nothing lost: votes shown as recorded survive a SIGKILL of the whole browser (no clean shutdown, no
// chance to flush anything), because a row says "Recorded" only after IndexedDB committed the vote.
import { describe, expect, it } from 'vitest';
import { createProfile, launchApp, launchKillable } from './support/browser';
import { expectedStats, keyOf, type TypedVote } from './support/expected';
import { HomePage } from './pages/HomePage';
import { SetupPage } from './pages/setup.page';
import { SessionPage, type RowSnapshot } from './pages/session.page';

const NAMES = ['Ana Lima', 'Bo Chen', 'Łucja Nowak', 'Dev Patel', 'Eun-ji Park', 'Farid Haddad'] as const;

const recorded = (rows: readonly RowSnapshot[]) => rows.filter((r) => r.state === 'recorded');

describe('crash safety', () => {
  it('keeps every vote shown as recorded when the browser is killed', async () => {
    const profile = await createProfile();
    const killable = await launchKillable(profile);
    const { page } = killable;

    await new HomePage(page).createWorkshop({ title: 'Power cut', date: '2026-03-18' });
    const setup = new SetupPage(page);
    await setup.waitFor('Power cut');
    await setup.addTeam('Legal');
    await setup.addTeam('Engineering');
    await setup.pasteParticipants(
      NAMES.map((name, i) => `${name}, ${i < 3 ? 'Legal' : 'Engineering'}`).join('\n'),
    );
    await setup.chooseQuestionSet('short');
    const workshopId = setup.id;
    await setup.startSession();
    const session = new SessionPage(page);
    await session.waitFor();

    // Q1: everyone, one key at a time, each waited for.
    const q1: TypedVote[] = [3, 1, 4, '?', 2, 3];
    for (const [i, v] of q1.entries()) await session.vote(i, keyOf(v!));
    const q1Statement = await session.questionText();
    const q1Rows = await session.snapshotRows();
    expect(recorded(q1Rows)).toHaveLength(6);

    // Q2: half the room.
    await session.next();
    const q2: TypedVote[] = [0, 'n', 4, null, null, null];
    await session.typeVotes(['0', 'n', '4']);
    const q2Statement = await session.questionText();
    const q2Rows = await session.snapshotRows();
    expect(recorded(q2Rows)).toHaveLength(3);

    // Q3: a stream of keys (everyone, ten times over, each pass changing every vote); the power goes
    // as soon as the first row says Recorded, while later keys are still arriving and being written.
    await session.next();
    const q3Statement = await session.questionText();
    await session.row(0).focus();
    const typing = (async () => {
      for (let pass = 0; pass < 10; pass++) {
        for (let i = 0; i < 6; i++) {
          await page.keyboard.press(String((pass + i) % 5));
        }
        await page.keyboard.press('Home');
      }
    })().catch(() => undefined); // once the browser is gone, the remaining presses fail
    await page.locator('tr.vote-row[data-state="recorded"]').first().waitFor();
    const q3Rows = await session.snapshotRows();
    await killable.kill();
    await typing;
    expect(recorded(q3Rows).length).toBeGreaterThan(0);

    const app = await launchApp({ profile, open: `#/workshops/${encodeURIComponent(workshopId)}/session` });
    const after = new SessionPage(app.page);
    await after.waitFor();

    // The position survived: the session reopens on Q3, and every row recorded before is recorded now
    // (rows that were still saving may or may not have made it).
    expect(await after.questionText()).toBe(q3Statement);
    const q3After = await after.snapshotRows();
    for (const row of recorded(q3Rows)) {
      // Recorded then, recorded now; a later key may have replaced the vote before the kill.
      const now = q3After.find((r) => r.participant === row.participant);
      expect(now?.state).toBe('recorded');
      expect(Number(now?.voteAt)).toBeGreaterThanOrEqual(Number(row.voteAt));
    }

    await after.previous();
    expect(await after.questionText()).toBe(q2Statement);
    expect(await after.snapshotRows()).toEqual(q2Rows);
    expect(await after.voted()).toEqual({ voted: 3, total: 6 });
    await after.reveal();
    const q2Expected = expectedStats(NAMES, q2);
    expect(await after.readStats()).toEqual(q2Expected.shown);

    await after.previous();
    expect(await after.questionText()).toBe(q1Statement);
    expect(await after.snapshotRows()).toEqual(q1Rows);
    await after.reveal();
    const q1Expected = expectedStats(NAMES, q1);
    expect(await after.readStats()).toEqual(q1Expected.shown);
    expect(q1Expected.shown.distribution).toBe('0: 0, 1: 1, 2: 1, 3: 2, 4: 1');
  });
});
