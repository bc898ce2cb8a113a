/**
 * `npm run bench:results`: the results screen in Chromium for a large workshop — 500 participants in 10
 * teams × 100 questions (the built-in framework's 40 repeated with fresh ids, installed as an imported
 * framework) × 3 revealed rounds — seeded in the page through the app's own database code. Measures, in
 * the page:
 * - first render: from the hash change that opens the results (as the "Results" button does) until the
 *   grid point's caption is on screen and a frame has been painted; target ≤ 1 s;
 * - filter change: from choosing a team or role in "Figures for" until the recomputed caption is on
 *   screen and painted; target ≤ 200 ms; first visits and returns to a filter already shown.
 * Also the same scoring in Node, for the whole group and for one team, to tell the engine's share from
 * the rest (reading IndexedDB, drawing). Prints one JSON line per case with its target.
 *
 *   node --import tsx test/bench/results-screen.ts
 */
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { launchBenchBrowser, serveBuiltApp } from './browser';
import { buildRenderer } from '../support/build-renderer';
import { seedBundle } from './latency/page-bundle';
import type { SeededWorkshop, SeedWorkshop } from '../e2e/results/seed.page';
import type { Framework } from '../../shared/framework';
import { PARTICIPANT_ROLES } from '../../shared/model/palette';
import type { VoteValue } from '../../shared/model/types';
import { createWorkshopScorer, groupVotesByRound, scoreRevealed } from '../../shared/scoring';
import { filterWorkshop } from '../../shared/results';
import { frameworkWithQuestions, seededRandom } from './synthetic-workshop';

const PEOPLE = 500;
const QUESTIONS = 100;
const TEAMS = 10;
const ROUNDS = 3;
const GLOBAL = '__resultsSeed';
const round1 = (ms: number) => Math.round(ms * 10) / 10;
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

/** Votes with a lean per team, so each team's figures differ from the group's. */
function plan(framework: Framework): SeedWorkshop {
  const questionIds = framework.questions.map((q) => q.id);
  const random = seededRandom(8);
  const participants = Array.from({ length: PEOPLE }, (_, i) => ({
    name: `Participant ${String(i + 1).padStart(3, '0')}`,
    team: `Team ${(i % TEAMS) + 1}`,
    role: PARTICIPANT_ROLES[i % PARTICIPANT_ROLES.length]!,
  }));
  const rounds = questionIds.flatMap((question) =>
    Array.from({ length: ROUNDS }, (_, r) => ({
      question,
      round: r + 1,
      revealed: true,
      values: participants.map((_, i): VoteValue | null => {
        const x = random();
        if (x < 0.03) return null;
        if (x < 0.06) return 'dontKnow';
        const lean = (i % TEAMS) / (TEAMS - 1);
        return Math.max(0, Math.min(4, Math.round(lean * 3 + random() * 2 - 0.5))) as VoteValue;
      }),
    })),
  );
  return {
    framework: { ...framework, id: 'ospo-maturity-100', title: 'OSPO maturity, 100 questions' },
    questionIds: framework.questions.map((q) => q.id),
    title: 'Results benchmark',
    organization: 'Benchmark',
    date: '2026-11-30',
    targetStage: 2,
    anonymity: 'anonymous',
    participants,
    rounds,
  };
}

/** What the facilitator does: open the results (a hash change), or choose whose figures they show. */
type Action = { hash: string } | { filter: string };

/**
 * Does `act`, then waits in the page until the grid point's caption differs and a frame is painted. A
 * filter is chosen with a real selection (Playwright's selectOption); the clock starts at its `change`
 * event, noted by a capture listener installed first.
 */
async function timed(page: Page, act: Action): Promise<number> {
  // No named functions in what runs in the page: it receives them as source, without the bundler's helper.
  await page.evaluate(() => {
    const w = window as unknown as { __start?: number; __before?: string | null };
    w.__before = document.querySelector('[data-testid="grid-point"]')?.textContent ?? null;
    w.__start = undefined;
    document.addEventListener('change', () => (w.__start ??= performance.now()), {
      capture: true,
      once: true,
    });
  });
  if ('hash' in act) {
    await page.evaluate((hash) => {
      (window as unknown as { __start?: number }).__start = performance.now();
      location.hash = hash;
    }, act.hash);
  } else {
    await page.locator('.results-filter select').selectOption(act.filter);
  }
  return page.evaluate(async () => {
    const w = window as unknown as { __start?: number; __before?: string | null };
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      const now = document.querySelector('[data-testid="grid-point"]')?.textContent ?? null;
      if (now !== null && now !== w.__before && !document.querySelector('main[aria-busy="true"]')) break;
      if (performance.now() - (w.__start ?? 0) > 30_000)
        throw new Error('the figures did not change within 30 s');
    }
    // The frame that shows it.
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - (w.__start ?? 0);
  });
}

async function browserCases(): Promise<void> {
  process.stderr.write('building the renderer…\n');
  await buildRenderer();
  const bundle = await seedBundle('test/e2e/results/seed.page.ts', GLOBAL);
  const server = await serveBuiltApp();
  const browser = await launchBenchBrowser('results');
  const context = browser.context;
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
    process.stderr.write('seeding 500 participants × 100 questions × 3 rounds…\n');
    await page.evaluate(`${bundle}\nwindow.${GLOBAL} = ${GLOBAL};`);
    const [seeded] = await page.evaluate(
      ([p]) =>
        (
          window as unknown as Record<
            string,
            { seedWorkshops(p: unknown, b: boolean): Promise<SeededWorkshop[]> }
          >
        )['__resultsSeed']!.seedWorkshops([p], true),
      [plan(frameworkWithQuestions(QUESTIONS))] as const,
    );
    const id = seeded!.workshopId;
    const shape = {
      participants: PEOPLE,
      questions: QUESTIONS,
      rounds: ROUNDS,
      teams: TEAMS,
      votes: seeded!.votes,
    };
    const first: number[] = [];
    for (let run = 0; run < 3; run++) {
      await page.goto(`${server.url}#/workshops/${id}`);
      await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
      first.push(await timed(page, { hash: `#/workshops/${id}/results` }));
    }
    const reads: number[] = [];
    for (let run = 0; run < 3; run++) {
      const read = await page.evaluate(
        (workshopId) =>
          (window as unknown as Record<string, { timeVoteRead(id: string): Promise<{ ms: number }> }>)[
            '__resultsSeed'
          ]!.timeVoteRead(workshopId),
        id,
      );
      reads.push(read.ms);
    }
    console.log(
      JSON.stringify({
        case: 'of which: reading the votes from IndexedDB',
        ...shape,
        runsMs: reads.map(round1),
        medianMs: round1(median(reads)),
      }),
    );
    console.log(
      JSON.stringify({
        case: 'results screen: first render',
        ...shape,
        runsMs: first.map(round1),
        medianMs: round1(median(first)),
        targetMs: 1000,
        met: median(first) <= 1000,
      }),
    );

    const options = await page
      .locator('.results-filter select option')
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    const pick = (value: string) => ({ filter: value });
    const cases = [
      ...options.filter((v) => v.startsWith('team:')).slice(0, 4),
      ...options.filter((v) => v.startsWith('role:')).slice(0, 3),
      'all',
    ];
    const firstVisit: number[] = [];
    for (const value of cases) {
      process.stderr.write(`filter ${value}…\n`);
      firstVisit.push(await timed(page, pick(value)));
    }
    const returns: number[] = [];
    for (const value of cases) returns.push(await timed(page, pick(value)));
    for (const [name, values] of [
      ['first visit', firstVisit],
      ['return to a filter already shown', returns],
    ] as const) {
      console.log(
        JSON.stringify({
          case: `results screen: filter change, ${name}`,
          ...shape,
          filters: cases.length,
          runsMs: values.map(round1),
          medianMs: round1(median(values)),
          maxMs: round1(Math.max(...values)),
          targetMs: 200,
          met: Math.max(...values) <= 200,
        }),
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The full size in Node: what the screen computes for the whole group and for one team. */
function engineCases(): void {
  const framework = frameworkWithQuestions(QUESTIONS);
  const seed = plan(framework);
  const participants = seed.participants.map((p, i) => ({
    id: `p${i}`,
    workshopId: 'w',
    displayName: p.name,
    alias: p.name,
    teamId: p.team,
    role: p.role,
    order: i,
  }));
  const teams = Array.from({ length: TEAMS }, (_, i) => ({
    id: `Team ${i + 1}`,
    workshopId: 'w',
    name: `Team ${i + 1}`,
    color: '#000000',
    order: i,
  }));
  const votes = seed.rounds.flatMap((r) =>
    r.values.flatMap((value, i) =>
      value === null
        ? []
        : [{ workshopId: 'w', questionId: r.question, participantId: `p${i}`, round: r.round, value, at: 1 }],
    ),
  );
  const rounds = seed.rounds.map((r) => ({
    workshopId: 'w',
    questionId: r.question,
    round: r.round,
    startedAt: 0,
    revealedAt: 1,
  }));
  const settings = {
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    questionIds: framework.questions.map((q) => q.id),
    targetStage: 2 as const,
    anonymity: 'anonymous' as const,
    thresholds: {
      maxIqr: 1,
      minCns: 0.7,
      polarizedBelowA: 0,
      stageThreshold: 0.6,
      stableMaxChangedShare: 0.15,
    },
  };
  const stored = { framework, settings, participants, teams, votes, rounds, decisions: [] };
  const time = (fn: () => unknown) => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      fn();
      runs.push(performance.now() - t);
    }
    return runs;
  };
  const shape = {
    participants: PEOPLE,
    questions: QUESTIONS,
    rounds: ROUNDS,
    teams: TEAMS,
    votes: votes.length,
  };
  const whole = time(() => scoreRevealed(stored));
  console.log(
    JSON.stringify({
      case: 'engine: whole group (first render’s scoring)',
      ...shape,
      medianMs: round1(median(whole)),
      targetMs: 1000,
      met: median(whole) <= 1000,
    }),
  );
  const grouped = groupVotesByRound(votes);
  const wholeResult = scoreRevealed(stored);
  const team = time(() =>
    createWorkshopScorer().scoreRevealed({
      ...filterWorkshop(stored, { kind: 'team', teamId: 'Team 3' }, wholeResult),
      votes: grouped,
    }),
  );
  console.log(
    JSON.stringify({
      case: 'engine: one team (a filter change’s scoring)',
      ...shape,
      medianMs: round1(median(team)),
      targetMs: 200,
      met: median(team) <= 200,
    }),
  );
}

if (!process.argv.includes('--browser-only')) engineCases();
await browserCases();
