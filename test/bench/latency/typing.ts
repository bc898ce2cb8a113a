// The measurement inside the page and the ways of typing into the vote grid.
import type { Page } from 'playwright-core';

export interface Latency {
  /** keydown → the row says "Recorded" (committed, and the grid re-rendered from the database). */
  recordedMs: number[];
  /** keydown → the frame after that change: the vote on screen. */
  frameMs: number[];
}

interface PageState extends Latency {
  pending: Map<string, number>;
  /** Waits of the benchmark for a number of votes on screen (no polling: it would cost frames). */
  waiters: { count: number; resolve(): void }[];
}

declare global {
  interface Window {
    __latency?: PageState;
  }
}

/**
 * Installed in the page: a capture-phase keydown listener notes performance.now() for the row's
 * person, and a MutationObserver notes when that row turns `data-state="recorded"` — which the grid
 * does only once IndexedDB has committed the vote and the grid reads it back.
 */
export function instrument(): void {
  const state: PageState = {
    recordedMs: [],
    frameMs: [],
    // Participant → time of the key press still waiting for its row to say Recorded.
    pending: new Map(),
    waiters: [],
  };
  window.__latency = state;
  window.addEventListener(
    'keydown',
    (event) => {
      if (!/^[0-4]$/.test(event.key)) return;
      const row = (event.target as Element | null)?.closest?.('tr.vote-row');
      if (!row || row.getAttribute('data-state') !== 'waiting') return;
      state.pending.set(row.getAttribute('data-participant') ?? '', performance.now());
    },
    true,
  );
  new MutationObserver((mutations) => {
    for (const m of mutations) {
      const row = m.target as Element;
      const participant = row.getAttribute('data-participant') ?? '';
      const t0 = state.pending.get(participant);
      if (t0 === undefined || !row.matches('tr.vote-row') || row.getAttribute('data-state') !== 'recorded') {
        continue;
      }
      state.pending.delete(participant);
      state.recordedMs.push(performance.now() - t0);
      requestAnimationFrame(() =>
        setTimeout(() => {
          state.frameMs.push(performance.now() - t0);
          const done = state.waiters.filter((w) => w.count <= state.frameMs.length);
          state.waiters = state.waiters.filter((w) => w.count > state.frameMs.length);
          for (const w of done) w.resolve();
        }, 0),
      );
    }
  }).observe(document.body, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-state', 'data-vote-at'],
  });
}

/**
 * paced: each key waits until the previous vote is on screen (the fastest a facilitator can type and
 * still see each vote land); burst: every key of a question without waiting; human: a key every 150 ms.
 */
export type Typing = 'paced' | 'burst' | 'human';

export const HUMAN_INTERVAL_MS = 150;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types one vote per person on `questions` questions from the current one, then moves past them. */
export async function typeQuestions(
  page: Page,
  people: number,
  questions: number,
  typing: Typing,
): Promise<Latency> {
  await page.evaluate(() => {
    window.__latency!.recordedMs = [];
    window.__latency!.frameMs = [];
  });
  let expected = 0;
  for (let q = 0; q < questions; q++) {
    await page.locator('tr.vote-row').first().focus();
    const started = performance.now();
    for (let i = 0; i < people; i++) {
      if (typing === 'human') await sleep(started + i * HUMAN_INTERVAL_MS - performance.now());
      await page.keyboard.press(String((q + i) % 5));
      expected++;
      if (typing === 'paced') await framesAtLeast(page, expected);
    }
    await framesAtLeast(page, expected);
    await nextQuestion(page);
  }
  const latency = await page.evaluate(() => window.__latency!);
  if (latency.recordedMs.length !== people * questions) {
    throw new Error(`Measured ${latency.recordedMs.length} votes, expected ${people * questions}`);
  }
  return { recordedMs: latency.recordedMs, frameMs: latency.frameMs };
}

async function framesAtLeast(page: Page, n: number): Promise<void> {
  const shown = page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const state = window.__latency!;
        if (state.frameMs.length >= count) resolve();
        else state.waiters.push({ count, resolve });
      }),
    n,
  );
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Vote ${n} was not on screen within 60 s`)), 60_000);
  });
  try {
    await Promise.race([shown, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** PageDown, then wait for the next question's grid, every row waiting. */
export async function nextQuestion(page: Page): Promise<void> {
  const statement = await page.locator('h1').textContent();
  await page.keyboard.press('PageDown');
  await page
    .locator('h1')
    .filter({ hasNotText: statement ?? '' })
    .waitFor();
  await page.locator('tr.vote-row[data-state="recorded"]').first().waitFor({ state: 'detached' });
}
