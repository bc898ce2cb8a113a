// Nothing lost, nothing made up, wherever the power goes: the browser is SIGKILLed at ten moments during
// fast voting, each relaunched on the same profile. The moments are drawn from a seed printed by the test
// (CRASH_SEED=<seed> draws the same ones again); what varies is only how far the writes in flight got.
// The page reports each row the moment it says "Recorded", so the kill comes right after the last key,
// with no round trip to the page that would let the writes in flight finish first.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createProfile, launchKillable, type KillableApp } from './support/browser';
import { readStores, readVotes } from './support/database';
import { seededRandom } from '../bench/synthetic-workshop';
import { HomePage } from './pages/HomePage';
import { SetupPage } from './pages/setup.page';
import { SessionPage, type GridKey, type RowSnapshot } from './pages/session.page';

const SHOWN_BINDING = '__rowShownRecorded';

const NAMES = ['Ana Lima', 'Bo Chen', 'Łucja Nowak', 'Dev Patel', 'Eun-ji Park', 'Farid Haddad'];
const KEYS = ['0', '1', '2', '3', '4', '?', 'n'] as const satisfies readonly GridKey[];
const VALUE_OF: Record<(typeof KEYS)[number], string> = {
  '0': '0',
  '1': '1',
  '2': '2',
  '3': '3',
  '4': '4',
  '?': 'dontKnow',
  n: 'notApplicable',
};
const KILLS = 10;
/** At most this many keys before a kill: a few passes over the room. */
const MOST_KEYS = 30;

interface StoredVote {
  workshopId: string;
  questionId: string;
  participantId: string;
  round: number;
  value: number | string;
  at: number;
}

async function storedVotes(page: Page, workshopId: string): Promise<StoredVote[]> {
  const votes = await readVotes(page);
  return (votes as StoredVote[]).filter((v) => v.workshopId === workshopId);
}

/**
 * What the page and its database hold, for a relaunch that did not open the session: the address, the
 * page's text, what the harness caught (console errors, page errors), and the round and session rows
 * (or that reading them did not finish within 5 s).
 */
async function whatShows(app: KillableApp): Promise<string> {
  const text = await app.page
    .locator('body')
    .innerText()
    .catch(() => '(nothing readable)');
  const stored = await Promise.race([
    readStores(app.page, ['roundVotes', 'rounds', 'sessions']).then((rows) => JSON.stringify(rows)),
    new Promise<string>((resolve) => setTimeout(() => resolve('(reading it did not finish in 5 s)'), 5_000)),
  ]).catch((e: unknown) => `(reading it failed: ${String(e)})`);
  return [
    `Address: ${app.page.url()}`,
    `Page text: ${text}`,
    `Caught: ${JSON.stringify(app.guard.problems)}`,
    `Database: ${stored}`,
  ].join('\n');
}

/** The id of the workshop's first question, the one the session opens on. */
async function firstQuestionId(page: Page, workshopId: string): Promise<string> {
  const { workshops } = await readStores(page, ['workshops']);
  const workshop = (workshops as { id: string; settings: { questionIds: string[] } }[]).find(
    (w) => w.id === workshopId,
  );
  return workshop?.settings.questionIds[0] ?? '';
}

/** The rows the screen shows as recorded: participant → the commit time of the vote it shows. */
function shownRecorded(rows: readonly RowSnapshot[]): Map<string, number> {
  return new Map(
    rows.filter((r) => r.label.endsWith(', Recorded')).map((r) => [r.participant, Number(r.voteAt)]),
  );
}

/**
 * From now on, every time a row of the page says "Recorded", `shown` learns it (the latest commit time
 * per person). What reaches the test before the kill is a part of what the screen showed, never more.
 */
async function watchRecorded(app: KillableApp, shown: Map<string, number>): Promise<void> {
  await app.context.exposeBinding(SHOWN_BINDING, (_source, participant: string, at: number) => {
    if (at > (shown.get(participant) ?? 0)) shown.set(participant, at);
  });
  await app.page.evaluate((binding) => {
    const report = (window as unknown as Record<string, (p: string, at: number) => void>)[binding]!;
    const check = (row: Element) => {
      if (row.matches('tr.vote-row') && row.getAttribute('aria-label')?.endsWith(', Recorded')) {
        report(row.getAttribute('data-participant') ?? '', Number(row.getAttribute('data-vote-at')));
      }
    };
    new MutationObserver((changes) => changes.forEach((c) => check(c.target as Element))).observe(
      // The whole page, not the grid alone: a grid drawn again is still watched.
      document.body,
      { subtree: true, attributes: true, attributeFilter: ['aria-label', 'data-vote-at'] },
    );
  }, SHOWN_BINDING);
}

describe('crash safety at random moments', () => {
  it('keeps exactly the votes shown as recorded (or typed after them) across ten kills during fast voting', async () => {
    const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 32));
    console.log(`crash moments: seed ${seed} (run again with CRASH_SEED=${seed})`);
    const next = seededRandom(seed);
    const profile = await createProfile();

    let app: KillableApp = await launchKillable(profile);
    await new HomePage(app.page).createWorkshop({ title: 'Power cuts', date: '2026-03-18' });
    const setup = new SetupPage(app.page);
    await setup.waitFor('Power cuts');
    await setup.pasteParticipants(NAMES.join('\n'));
    await setup.chooseQuestionSet('short');
    const workshopId = setup.id;
    await setup.startSession();
    const sessionRoute = `#/workshops/${encodeURIComponent(workshopId)}/session`;
    let session = new SessionPage(app.page);
    await session.waitFor();
    const question = await session.questionText();
    const questionId = await firstQuestionId(app.page, workshopId);
    const ids = (await session.snapshotRows()).map((r) => r.participant);

    // Every value typed for each person, across all the runs: a stored vote must be one of them.
    const typed = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
    // What the database held after the last relaunch: a later run may replace a vote, never lose it.
    let known = new Map<string, number>();

    for (let kill = 1; kill <= KILLS; kill++) {
      const where = `seed ${seed}, kill ${kill}`;
      const keys = 1 + Math.floor(next() * MOST_KEYS);
      const shown = shownRecorded(await session.snapshotRows());
      await watchRecorded(app, shown);
      await session.row(0).focus();
      let row = 0;
      for (let k = 0; k < keys; k++) {
        const key = KEYS[Math.floor(next() * KEYS.length)]!;
        typed.get(ids[row]!)!.add(VALUE_OF[key]);
        await app.page.keyboard.press(key);
        row += 1;
        // The last row keeps the mark; go back to the top for the next pass over the room.
        if (row === ids.length) {
          await app.page.keyboard.press('Home');
          row = 0;
        }
      }
      // The power goes now, with the last keys' writes still on their way.
      await app.kill();

      app = await launchKillable(profile, { open: sessionRoute });
      session = new SessionPage(app.page);
      await session.waitFor().catch(async (error: unknown) => {
        throw new Error(`${where}: the relaunched session did not open. ${await whatShows(app)}`, {
          cause: error,
        });
      });
      expect(await session.questionText(), where).toBe(question);
      const stored = await storedVotes(app.page, workshopId);
      const byPerson = new Map(stored.map((v) => [v.participantId, v]));
      expect(byPerson.size, `${where}: one vote per person`).toBe(stored.length);

      // Every vote shown as recorded is there: the same one, or one typed after it.
      for (const [participant, at] of shown) {
        expect(byPerson.get(participant)?.at, `${where}: ${participant}`).toBeGreaterThanOrEqual(at);
      }
      // And nothing else: each stored vote is a value typed for that person, in the question and round
      // typed in, no older than what was there before.
      for (const vote of stored) {
        expect([vote.questionId, vote.round], where).toEqual([questionId, 1]);
        expect(typed.get(vote.participantId)?.has(String(vote.value)), `${where}: ${vote.value}`).toBe(true);
        expect(vote.at, where).toBeGreaterThanOrEqual(known.get(vote.participantId) ?? 0);
      }
      // The relaunched screen shows exactly what the database holds.
      const after = shownRecorded(await session.snapshotRows());
      expect(after, where).toEqual(new Map(stored.map((v) => [v.participantId, v.at])));
      known = after;
      const newer = stored.filter((v) => v.at > (shown.get(v.participantId) ?? 0)).length;
      console.log(
        `kill ${kill}: after ${keys} keys; ${stored.length} stored, ${newer} of them not yet shown`,
      );
    }
    // Eleven browser starts on two shared cores: the default two minutes is for one.
  }, 300_000);
});
