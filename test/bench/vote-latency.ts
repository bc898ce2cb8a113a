/**
 * `npm run bench:latency`: key press to "Recorded" in Chromium, 50 participants, in workshops that
 * already hold K votes (K = 0, 2,000, 6,000, 20,000: 40 questions × 0, 1, 3 and 10 revealed rounds),
 * seeded through the app's own repositories in the page before typing. Each K is typed paced, as a
 * burst and at human speed (a key every 150 ms), 250 votes each into new hidden rounds; K = 6,000 is
 * typed paced once more with the CPU slowed 4× (DevTools `Emulation.setCPUThrottlingRate`).
 *
 * In the page, a capture-phase keydown listener notes performance.now() and a MutationObserver notes
 * when that person's row turns `data-state="recorded"` (see latency/typing.ts). Builds the renderer
 * first (always: a stale build would measure old code). Prints one JSON line per case with p50, p95
 * and max, and its target where the product has one, then one line comparing paced p95 across K.
 *
 *   node --import tsx test/bench/vote-latency.ts [--k 0,6000]
 */
import type { Page } from 'playwright-core';
import { launchBenchBrowser, serveBuiltApp } from './browser';
import { buildRenderer } from '../support/build-renderer';
import { SEED_GLOBAL, seedBundle } from './latency/page-bundle';
import type { Seeded, SeedPlan } from './latency/seed.page';
import { instrument, typeQuestions, type Latency, type Typing } from './latency/typing';

const PARTICIPANTS = 50;
/** Questions typed per case: 5 × 50 people = 250 votes. */
const QUESTIONS_PER_CASE = 5;
/** K → revealed rounds per question of the 40 in the default set. */
const WORKSHOPS: readonly { k: number; rounds: number }[] = [
  { k: 0, rounds: 0 },
  { k: 2_000, rounds: 1 },
  { k: 6_000, rounds: 3 },
  { k: 20_000, rounds: 10 },
];
const THROTTLED_K = 6_000;
const CPU_SLOWDOWN = 4;

interface Case {
  typing: Typing;
  cpuSlowdown: number;
  /** p95 target in ms, where the product sets one for this case. */
  target(k: number): number | null;
}

const CASES: readonly Case[] = [
  { typing: 'paced', cpuSlowdown: 1, target: () => 50 },
  { typing: 'burst', cpuSlowdown: 1, target: (k) => (k === THROTTLED_K ? 150 : null) },
  { typing: 'human', cpuSlowdown: 1, target: () => 50 },
  { typing: 'paced', cpuSlowdown: CPU_SLOWDOWN, target: (k) => (k === THROTTLED_K ? 120 : null) },
];

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;

function report(k: number, c: Case, latency: Latency): number {
  const recorded = [...latency.recordedMs].sort((a, b) => a - b);
  const frame = [...latency.frameMs].sort((a, b) => a - b);
  const p95 = percentile(recorded, 0.95);
  const target = c.target(k);
  console.log(
    JSON.stringify({
      case: `K=${k} ${c.typing}${c.cpuSlowdown > 1 ? ` cpu/${c.cpuSlowdown}` : ''}`,
      votesStored: k,
      typing: c.typing,
      cpuSlowdown: c.cpuSlowdown,
      participants: PARTICIPANTS,
      votes: recorded.length,
      p50Ms: round1(percentile(recorded, 0.5)),
      p95Ms: round1(p95),
      maxMs: round1(recorded.at(-1)!),
      nextFrameP95Ms: round1(percentile(frame, 0.95)),
      ...(target === null ? {} : { targetP95Ms: target, met: p95 <= target }),
    }),
  );
  return p95;
}

/** Seeds the workshop in the page's origin, then opens its session as a facilitator would. */
async function openSeededSession(page: Page, base: string, bundle: string, plan: SeedPlan): Promise<Seeded> {
  await page.goto(base);
  await page.locator('html[data-app-ready="true"]').waitFor({ timeout: 60_000 });
  await page.evaluate(`${bundle}\nwindow.${SEED_GLOBAL} = ${SEED_GLOBAL};`);
  const seeded = await page.evaluate(
    ([name, plan]) =>
      (window as unknown as Record<string, { seedWorkshop(p: SeedPlan): Promise<Seeded> }>)[
        name
      ]!.seedWorkshop(plan),
    [SEED_GLOBAL, plan] as const,
  );
  await page.goto(`${base}#/workshops/${encodeURIComponent(seeded.workshopId)}/session`);
  await page.reload();
  await page
    .locator('tr.vote-row')
    .nth(PARTICIPANTS - 1)
    .waitFor({ timeout: 60_000 });
  await page.evaluate(instrument);
  return seeded;
}

function selectedK(): Set<number> | null {
  const at = process.argv.indexOf('--k');
  return at < 0 ? null : new Set(process.argv[at + 1]!.split(',').map(Number));
}

async function main(): Promise<void> {
  const only = selectedK();
  process.stderr.write('building the renderer…\n');
  await buildRenderer();
  const bundle = await seedBundle();
  const server = await serveBuiltApp();
  const pacedP95 = new Map<number, number>();
  try {
    for (const { k, rounds } of WORKSHOPS) {
      if (only && !only.has(k)) continue;
      const browser = await launchBenchBrowser('latency');
      const context = browser.context;
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        process.stderr.write(`K = ${k}: seeding…\n`);
        const seeded = await openSeededSession(page, server.url, bundle, {
          participants: PARTICIPANTS,
          rounds,
        });
        if (seeded.votes !== k) throw new Error(`Seeded ${seeded.votes} votes, expected ${k}`);
        const cdp = await context.newCDPSession(page);
        for (const c of CASES) {
          if (c.cpuSlowdown > 1 && k !== THROTTLED_K) continue;
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: c.cpuSlowdown });
          const latency = await typeQuestions(page, PARTICIPANTS, QUESTIONS_PER_CASE, c.typing);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
          const p95 = report(k, c, latency);
          if (c.typing === 'paced' && c.cpuSlowdown === 1) pacedP95.set(k, p95);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  if (pacedP95.size > 1) {
    const values = [...pacedP95.values()];
    console.log(
      JSON.stringify({
        case: 'paced p95 across K',
        p95MsByK: Object.fromEntries([...pacedP95].map(([k, v]) => [k, round1(v)])),
        spreadMs: round1(Math.max(...values) - Math.min(...values)),
        target: 'flat within noise, every K ≤ 50 ms',
      }),
    );
  }
}

await main();
