// Drives the session screen as a facilitator typing at full speed, and notes what the screen showed as
// recorded: the soak benchmark compares that with the database afterwards.
import type { CDPSession, Page } from 'playwright-core';
import type { VoteValue } from '../../../shared/model/types';

/** Every answer a key gives, "don't know" included. */
const KEYS = ['0', '1', '2', '3', '4', '?'] as const;
type Key = (typeof KEYS)[number];
const VALUE_OF: Record<Key, VoteValue> = { '0': 0, '1': 1, '2': 2, '3': 3, '4': 4, '?': 'dontKnow' };

/** The key typed for the person in row `row` (deterministic, so the database can be checked against it). */
function keyFor(question: number, round: number, row: number): Key {
  return KEYS[(question * 7 + round * 3 + row) % KEYS.length]!;
}

/** A vote the screen showed as recorded, with the value typed for it. */
export interface ShownVote {
  question: number;
  round: number;
  participantId: string;
  value: VoteValue;
}

const WAIT_MS = 60_000;

/**
 * Waits until the screen is at question `n` (1-based), round `round`, in `phase`: a MutationObserver in the
 * page checks after each change (polling every frame would take frames from the app being measured).
 */
export async function screenAt(
  page: Page,
  n: number,
  round: number,
  phase: 'waiting' | 'recorded' | 'revealed',
): Promise<void> {
  const reached = await page.evaluate(
    ({ n, round, phase, ms }) =>
      new Promise<boolean>((resolve) => {
        // A method, not a named arrow: the loader would wrap a named function in a helper the page lacks.
        const probe = {
          check(): boolean {
            const meta = document.querySelector('.question-meta')?.textContent ?? '';
            const roundText = document.querySelector('[data-testid="round"]')?.textContent;
            if (!meta.startsWith(`Question ${n} of `) || roundText !== `Round ${round}`) return false;
            const rows = [...document.querySelectorAll('tr.vote-row')];
            if (rows.length === 0) return false;
            const revealed = document.getElementById('reveal-title') !== null;
            if (phase === 'revealed') return revealed;
            return !revealed && rows.every((row) => row.getAttribute('data-state') === phase);
          },
        };
        if (probe.check()) return resolve(true);
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(false);
        }, ms);
        const observer = new MutationObserver(() => {
          if (!probe.check()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(true);
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
          attributeFilter: ['data-state'],
        });
      }),
    { n, round, phase, ms: WAIT_MS },
  );
  if (reached) return;
  const seen = await page.evaluate(() => ({
    meta: document.querySelector('.question-meta')?.textContent,
    voted: document.querySelector('[data-testid="voted-count"]')?.textContent,
    notices: [...document.querySelectorAll('.notice, [role="alert"]')].map((e) => e.textContent),
  }));
  throw new Error(
    `Question ${n}, round ${round}: not ${phase} within ${WAIT_MS / 1000} s (${JSON.stringify(seen)})`,
  );
}

/** The people of the grid in row order, once every row says Recorded. */
function recordedRows(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('tr.vote-row')].map((row) =>
      row.getAttribute('data-state') === 'recorded' ? (row.getAttribute('data-participant') ?? '') : '',
    ),
  );
}

/**
 * One question, `rounds` rounds: every person's key typed at once (digits go to the first person still
 * to vote), wait until the screen says each is recorded, Enter to reveal, Shift+Enter for the next round;
 * after the last reveal, PageDown to the next question. Returns the votes the screen showed as recorded.
 */
export async function runQuestion(
  page: Page,
  question: number,
  rounds: number,
  people: number,
): Promise<ShownVote[]> {
  const shown: ShownVote[] = [];
  for (let round = 1; round <= rounds; round++) {
    await screenAt(page, question, round, 'waiting');
    for (let row = 0; row < people; row++) await page.keyboard.press(keyFor(question, round, row));
    await screenAt(page, question, round, 'recorded');
    (await recordedRows(page)).forEach((participantId, row) => {
      if (participantId) {
        shown.push({ question, round, participantId, value: VALUE_OF[keyFor(question, round, row)] });
      }
    });
    await page.keyboard.press('Enter');
    await screenAt(page, question, round, 'revealed');
    if (round < rounds) await page.keyboard.press('Shift+Enter');
  }
  await page.keyboard.press('PageDown');
  return shown;
}

/** The page's JS heap in use after a full collection (bytes). */
export async function collectedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('DevTools reported no JSHeapUsedSize');
  return used;
}

/** What the origin's storage holds, as the browser counts it (bytes). */
export function storageUsage(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
}
