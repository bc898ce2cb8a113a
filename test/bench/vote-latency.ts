/**
 * `npm run bench:latency`: vote-to-recorded latency in Chromium, 50 participants, 500 votes, then the
 * same again typed as a burst (every key pressed without waiting, as a fast facilitator types).
 *
 * Builds the renderer (always: a stale build would measure old code), serves it on 127.0.0.1, sets up a workshop through
 * the UI (50 pasted participants, the default question set), then types 50 votes on each of 10
 * questions so every vote is new. In the page, a capture-phase keydown listener notes performance.now()
 * and a MutationObserver notes when that person's row turns `data-state="recorded"` — which the grid does
 * only once IndexedDB has committed the vote and the live query has re-rendered. Also reported: the time
 * to the next frame after that change (the vote on screen). Prints one JSON line. Target: p95 ≤ 50 ms.
 *
 *   node --import tsx test/bench/vote-latency.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../support/serve.mjs';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium';
import { buildRenderer, repoRoot } from '../support/build-renderer';

const PARTICIPANTS = 50;
const QUESTIONS = 10;
const TARGET_P95_MS = 50;

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

const round2 = (ms: number) => Math.round(ms * 100) / 100;

interface Latency {
  /** keydown → row data-state="recorded" (committed and rendered into the DOM). */
  recordedMs: number[];
  /** keydown → the frame after that change. */
  frameMs: number[];
}

declare global {
  interface Window {
    __latency?: Latency & { pending: Map<string, number> };
  }
}

/** The measurement, inside the page. */
function instrument(): void {
  const state = {
    recordedMs: [] as number[],
    frameMs: [] as number[],
    // Participant → time of the key press still waiting for its row to say Recorded.
    pending: new Map<string, number>(),
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
      requestAnimationFrame(() => setTimeout(() => state.frameMs.push(performance.now() - t0), 0));
    }
  }).observe(document.body, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-state', 'data-vote-at'],
  });
}

async function setUpWorkshop(page: Page, base: string): Promise<void> {
  await page.goto(base);
  await page.locator('html[data-app-ready="true"]').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'New workshop', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Latency benchmark');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  const participants = page.getByRole('region', { name: 'Participants', exact: true });
  const names = Array.from(
    { length: PARTICIPANTS },
    (_, i) => `Participant ${String(i + 1).padStart(2, '0')}`,
  );
  await participants.getByLabel('Paste names, one per line').fill(names.join('\n'));
  await participants.getByRole('button', { name: `Add ${PARTICIPANTS} participants` }).click();
  await page.getByText(`${PARTICIPANTS} participants added.`).waitFor();
  await page.getByRole('button', { name: /^(Start|Continue) session$/ }).click();
  await page.waitForURL(/#\/workshops\/[^/]+\/session$/);
  await page
    .locator('tr.vote-row')
    .nth(PARTICIPANTS - 1)
    .waitFor();
}

/**
 * Types a vote for every participant on QUESTIONS questions, starting after `skip` questions. Paced:
 * each key waits until the previous vote is on screen. Burst: all 50 keys of a question go at once.
 */
async function typeQuestions(page: Page, skip: number, burst: boolean): Promise<Latency> {
  for (let q = 0; q < skip; q++) await nextQuestion(page);
  let expected = 0;
  for (let q = 0; q < QUESTIONS; q++) {
    await page.locator('tr.vote-row').first().focus();
    for (let i = 0; i < PARTICIPANTS; i++) {
      await page.keyboard.press(String((q + i) % 5));
      expected++;
      if (!burst) await framesAtLeast(page, expected);
    }
    await framesAtLeast(page, expected);
    if (q < QUESTIONS - 1) await nextQuestion(page);
  }
  const latency = await page.evaluate(() => window.__latency!);
  if (latency.recordedMs.length !== PARTICIPANTS * QUESTIONS) {
    throw new Error(`Measured ${latency.recordedMs.length} votes, expected ${PARTICIPANTS * QUESTIONS}`);
  }
  return latency;
}

async function framesAtLeast(page: Page, n: number): Promise<void> {
  await page.waitForFunction((n) => (window.__latency?.frameMs.length ?? 0) >= n, n, { polling: 'raf' });
}

async function nextQuestion(page: Page): Promise<void> {
  const statement = await page.locator('h1').textContent();
  await page.keyboard.press('PageDown');
  await page
    .locator('h1')
    .filter({ hasNotText: statement ?? '' })
    .waitFor();
  await page.locator('tr.vote-row[data-state="recorded"]').first().waitFor({ state: 'detached' });
}

function report(name: string, latency: Latency, target: boolean): void {
  const recorded = [...latency.recordedMs].sort((a, b) => a - b);
  const frame = [...latency.frameMs].sort((a, b) => a - b);
  const p95 = percentile(recorded, 0.95);
  console.log(
    JSON.stringify({
      case: name,
      participants: PARTICIPANTS,
      votes: recorded.length,
      p50Ms: round2(percentile(recorded, 0.5)),
      p95Ms: round2(p95),
      maxMs: round2(recorded.at(-1)!),
      nextFrameP50Ms: round2(percentile(frame, 0.5)),
      nextFrameP95Ms: round2(percentile(frame, 0.95)),
      ...(target ? { targetP95Ms: TARGET_P95_MS, met: p95 <= TARGET_P95_MS } : {}),
    }),
  );
}

async function main(): Promise<void> {
  process.stderr.write('building the renderer…\n');
  await buildRenderer();
  const server = await startServer({ root: path.join(repoRoot, 'dist/renderer'), port: 0 });
  const profile = await mkdtemp(path.join(tmpdir(), 'ospo-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1920, height: 1080 },
    locale: 'en-US',
    serviceWorkers: 'block',
  });
  try {
    // Same rule as the app: nothing leaves 127.0.0.1.
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.fallback() : route.abort(),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    await setUpWorkshop(page, server.url);
    await page.evaluate(instrument);
    report('vote-to-recorded', await typeQuestions(page, 0, false), true);
    await page.evaluate(() => {
      window.__latency!.recordedMs = [];
      window.__latency!.frameMs = [];
    });
    report('vote-to-recorded-burst', await typeQuestions(page, QUESTIONS, true), false);
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}

await main();
