// The session in a real browser: two teams and six participants run eight questions with both capture
// modes, a reveal that is undone and redone, a re-vote, an override with a rationale, a reload in the
// middle of a question, undo of a vote and of a clear, a skipped question. Every figure on screen —
// each reveal and the live summary's stage, grid point and archetype mix — is checked against values
// worked out here from the votes the test typed. Screens are captured at 1366×768 and 1920×1080.
import { describe, expect, it } from 'vitest';
import { launchApp, screenshot, type App } from './support/browser';
import {
  expectedStats,
  expectedSummary,
  fixed,
  keyOf,
  percent,
  type AnsweredQuestion,
  type TypedVote,
} from './support/expected';
import { OSPO_FRAMEWORK } from '../../shared/framework';
import { HomePage } from './pages/HomePage';
import { SetupPage } from './pages/setup.page';
import { SessionPage } from './pages/session.page';
import { smallResultLabels } from './support/legibility';

const NAMES = ['Ana Lima', 'Bo Chen', 'Łucja Nowak', 'Dev Patel', 'Eun-ji Park', 'Farid Haddad'] as const;
const PARTICIPANTS = [
  'Ana Lima, Legal, legal',
  'Bo Chen, Legal, security',
  'Łucja Nowak, Legal, leadership',
  'Dev Patel, Engineering, engineering',
  'Eun-ji Park, Engineering, product',
  'Farid Haddad, Engineering, ospo',
].join('\n');

const SIZES = [
  [1366, 768],
  [1920, 1080],
] as const;

/**
 * Captures the screen at laptop and projector sizes, then goes back to the harness size. At each size
 * the main text (the question, or the hand-off line) must be large enough to read from the back of the
 * room and sit entirely in the first screenful.
 */
async function shoot(session: SessionPage, name: string, main = 'h1'): Promise<void> {
  const { page } = session;
  await session.dismissNotices();
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    const text = await page.locator(main).evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { fontSize: parseFloat(getComputedStyle(el).fontSize), top: box.top, bottom: box.bottom };
    });
    // ui.md: at least 40 px on a 1920×1080 projector; on a laptop, 3.5 % of the screen height.
    const minimum = width >= 1920 ? 40 : height * 0.035;
    expect(text.fontSize, `${main} font size at ${width}×${height}`).toBeGreaterThanOrEqual(minimum);
    expect(text.top).toBeGreaterThanOrEqual(0);
    expect(text.bottom).toBeLessThanOrEqual(height);
    if (width >= 1920) {
      // On the projector every result label is at least 24 px as rendered (SVG text scaled with its chart).
      expect(await smallResultLabels(page, 24), `result labels under 24 px at ${width}×${height}`).toEqual(
        [],
      );
    }
    await screenshot(page, `session-${name}-${width}x${height}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** A workshop with two teams, six participants (three per team) and the short question set. */
async function setUpWorkshop(app: App): Promise<SessionPage> {
  await new HomePage(app.page).createWorkshop({
    title: 'Session run-through',
    organization: 'Acme Cooperative',
    date: '2026-03-18',
    facilitator: 'Robin Meyer',
  });
  const setup = new SetupPage(app.page);
  await setup.waitFor('Session run-through');
  await setup.addTeam('Legal');
  await setup.addTeam('Engineering');
  await setup.pasteParticipants(PARTICIPANTS);
  await expect.poll(() => setup.participantNames()).toHaveLength(6);
  await setup.chooseQuestionSet('short');
  await setup.startSession();
  const session = new SessionPage(app.page);
  await session.waitFor();
  return session;
}

/** Types the votes in the grid (null leaves a row as it is). */
async function typeAll(session: SessionPage, votes: readonly TypedVote[], from = 0): Promise<void> {
  await session.typeVotes(
    votes.map((v) => (v === null ? null : keyOf(v))),
    from,
  );
}

/** The reveal panel shows exactly what the test computes from the same votes. */
async function expectStats(session: SessionPage, votes: readonly TypedVote[]) {
  const expected = expectedStats(NAMES, votes);
  expect(await session.readStats()).toEqual(expected.shown);
  return expected;
}

/** Before the reveal the screen shows who voted, never a value. */
async function expectHidden(session: SessionPage): Promise<void> {
  expect(await session.chosenButtons().count()).toBe(0);
  expect(await session.computedValue.textContent()).toBe(
    'Computed value: hidden until the votes are revealed',
  );
  expect(await session.page.locator('section.reveal-panel').count()).toBe(0);
}

describe('session', () => {
  it('runs eight questions with both capture modes, a re-vote, an override, a skip, a reload and undo', async () => {
    const app = await launchApp();
    const { page } = app;
    const session = await setUpWorkshop(app);
    const statuses: string[] = [];
    const statements: string[] = [];

    expect(await session.progress.textContent()).toBe(
      '0 answered · 0 revealed · 0 with consensus · 12 questions',
    );
    expect(await session.modeButton('Facilitator entry').getAttribute('aria-pressed')).toBe('true');
    expect(await session.rows.count()).toBe(6);

    // Q1 — facilitator entry; one "don't know". The reveal is undone, then done again.
    statements.push(await session.questionText());
    expect(await session.roundNumber()).toBe(1);
    const q1: TypedVote[] = [3, 3, 4, 2, 3, '?'];
    await typeAll(session, q1.slice(0, 4));
    expect(await session.voted()).toEqual({ voted: 4, total: 6 });
    await shoot(session, 'voting');
    await typeAll(session, q1.slice(4), 4);
    expect(await session.voted()).toEqual({ voted: 6, total: 6 });
    expect(await session.row('Farid Haddad').getAttribute('aria-label')).toBe('Farid Haddad, Recorded');
    await expectHidden(session);
    await session.reveal();
    statuses.push((await expectStats(session, q1)).status);
    expect(await session.computedValue.textContent()).toBe('Computed value (median): 3');
    await shoot(session, 'revealed');

    expect(await session.undo()).toBe('Undone: reveal of question 1. Votes are hidden again.');
    await session.revealButton.waitFor();
    await expectHidden(session);
    expect(await session.voted()).toEqual({ voted: 6, total: 6 });
    await session.reveal();
    await expectStats(session, q1);
    expect(await session.progress.textContent()).toMatch(/^1 answered · 1 revealed · /);

    // Q2 — pass the device; Eun-ji is skipped, then entered by the facilitator; one "not applicable".
    await session.next();
    statements.push(await session.questionText());
    await session.setMode('Pass the device');
    expect(await session.passHandoffName()).toBe('Ana Lima');
    await shoot(session, 'pass-handoff', '.pass-handoff');
    await session.passStart('Ana Lima');
    // The vote screen shows the question and the scale, and nothing of anyone's vote.
    expect(await session.passDialog.getByRole('heading', { level: 2 }).textContent()).toBe(statements[1]);
    await shoot(session, 'pass-vote', '.pass-statement');
    await session.passChoose(1);
    await session.passNext();
    await session.passVote('Bo Chen', 2);
    await session.passVote('Łucja Nowak', 'notApplicable');
    await session.passVote('Dev Patel', 2);
    await session.passSkip('Eun-ji Park');
    // The last one in the queue is thanked too; the hand-back card names who was skipped.
    expect(await session.passVote('Farid Haddad', 0)).toBe('last');
    await session.passDone().waitFor();
    await session.passDialog
      .getByText('Skipped: Eun-ji Park. The facilitator can enter their votes.')
      .waitFor();
    expect(await session.voted()).toEqual({ voted: 5, total: 6 });
    await session.passReturnToFacilitator();
    expect(await session.modeButton('Facilitator entry').getAttribute('aria-pressed')).toBe('true');
    expect(await session.rowState('Eun-ji Park')).toBe('waiting');
    await expectHidden(session);
    await session.vote('Eun-ji Park', '4');
    const q2: TypedVote[] = [1, 2, 'n', 2, 4, 0];
    await session.reveal();
    statuses.push((await expectStats(session, q2)).status);

    // Q3 — a polarized first round, then a re-vote; the earlier round stays listed.
    await session.next({ keyboard: true });
    statements.push(await session.questionText());
    const q3r1: TypedVote[] = [0, 4, 0, 4, 4, 0];
    await typeAll(session, q3r1);
    await session.reveal();
    const round1 = await expectStats(session, q3r1);
    expect(round1.status).toBe('Polarized');
    expect(await session.startRound()).toBe(2);
    await expectHidden(session);
    expect(await session.voted()).toEqual({ voted: 0, total: 6 });
    expect(await session.snapshotRows()).toEqual(
      expect.arrayContaining([expect.objectContaining({ state: 'waiting' })]),
    );
    expect((await session.snapshotRows()).every((r) => r.state === 'waiting')).toBe(true);
    const q3r2: TypedVote[] = [2, 3, 2, 3, 2, '?'];
    await typeAll(session, q3r2);
    await session.reveal();
    statuses.push((await expectStats(session, q3r2)).status);
    expect(await session.roundNumber()).toBe(2);
    expect(await session.earlierRounds()).toEqual([
      `Round 1: median ${round1.median}, Polarized 0: 3 · 1: 0 · 2: 0 · 3: 0 · 4: 3`,
    ]);
    // The chart draws round 1 as an outline behind round 2's bars, and says so.
    expect(await page.locator('figure.distribution .chart-previous-label').textContent()).toBe(
      'Dashed outline: round 1',
    );
    expect(await page.locator('figure.distribution rect.chart-previous').count()).toBe(2);
    await shoot(session, 're-vote');
    // One statement by the stopping rule (consensus: stop), with how the votes moved said as a fact.
    expect(await page.getByTestId('round-verdict').textContent()).toBe(
      'Consensus reached: no need for another round. Since round 1 the median stayed at 2; 100% of voters changed their vote.',
    );

    // Q4 — an agreed value replaces the computed one; it needs a rationale; both stay visible.
    await session.next();
    statements.push(await session.questionText());
    const q4: TypedVote[] = [1, 1, 2, 2, 3, 3];
    await typeAll(session, q4);
    await session.reveal();
    const q4Stats = await expectStats(session, q4);
    statuses.push(q4Stats.status);
    expect(await session.computedValue.textContent()).toBe('Computed value (median): 2');
    await session.saveDecision({ agreed: 3, rationale: '' });
    expect(await page.getByRole('alert').filter({ hasText: 'rationale' }).textContent()).toBe(
      'A rationale is required with an agreed value.',
    );
    expect(await session.overrideNote().count()).toBe(0);
    const rationale = 'Release process exists in two of three units; the room agreed on 3.';
    await session.saveDecision({ agreed: 3, rationale, notes: 'Check the audit trail in Q3.' });
    expect(await session.overrideNote().textContent()).toBe(
      'Agreed value 3 replaces the computed 2 in the results.',
    );
    expect(await session.computedValue.textContent()).toBe('Computed value (median): 2');
    await shoot(session, 'decision-saved');

    // Q5 — reload in the middle of the question: same question, round, mode and recorded votes.
    await session.next();
    statements.push(await session.questionText());
    const q5: TypedVote[] = [4, 3, 'n', 3, 4, 4];
    await typeAll(session, q5.slice(0, 3));
    const before = {
      statement: await session.questionText(),
      round: await session.roundNumber(),
      voted: await session.voted(),
      rows: await session.snapshotRows(),
      progress: await session.progress.textContent(),
    };
    expect(before.rows.filter((r) => r.state === 'recorded')).toHaveLength(3);
    await app.reload();
    await session.waitFor();
    expect({
      statement: await session.questionText(),
      round: await session.roundNumber(),
      voted: await session.voted(),
      rows: await session.snapshotRows(),
      progress: await session.progress.textContent(),
    }).toEqual(before);
    expect(await session.modeButton('Facilitator entry').getAttribute('aria-pressed')).toBe('true');
    await expectHidden(session);
    // The decision of Q4 survived the reload too.
    await session.previous({ keyboard: true });
    expect(await session.overrideNote().textContent()).toBe(
      'Agreed value 3 replaces the computed 2 in the results.',
    );
    expect(await session.decisionRationale.textContent()).toBe(`Rationale ${rationale}`);
    await session.next({ keyboard: true });
    expect(await session.snapshotRows()).toEqual(before.rows);
    await typeAll(session, q5.slice(3), 3);
    await session.reveal();
    statuses.push((await expectStats(session, q5)).status);

    // Q6 — undo a vote, undo a clear, then reveal from the keyboard.
    await session.next();
    statements.push(await session.questionText());
    await session.vote('Ana Lima', '2');
    expect(await session.undo({ keyboard: true })).toBe('Undone: Ana Lima’s vote on question 6.');
    await session.waitForRow('Ana Lima', 'waiting');
    expect(await session.voted()).toEqual({ voted: 0, total: 6 });
    await session.vote('Bo Chen', '0');
    const boAt = await session.row('Bo Chen').getAttribute('data-vote-at');
    await session.vote('Bo Chen', 'Backspace');
    expect(await session.undo()).toBe('Undone: clearing Bo Chen’s vote on question 6.');
    await session.waitForRow('Bo Chen', 'recorded');
    expect(await session.row('Bo Chen').getAttribute('data-vote-at')).toBe(boAt);
    const q6: TypedVote[] = [2, 1, 2, 1, 2, 1];
    await typeAll(session, q6);
    await page.keyboard.press('Enter'); // focus is on the last row; everyone has voted
    await session.waitForRevealed();
    statuses.push((await expectStats(session, q6)).status);

    // Q7 is skipped for now; Q8 and Q9 are archetype statements ("how well does this describe us?").
    await session.next();
    await session.skip();
    // The screen moves at once; the skip list is shown once it is saved.
    await expect.poll(() => session.progress.textContent()).toMatch(/ · 1 skipped question to come back to$/);
    statements.push(await session.questionText());
    const q8: TypedVote[] = [4, 3, 0, 2, '?', 1];
    await typeAll(session, q8);
    await session.reveal();
    statuses.push((await expectStats(session, q8)).status);
    await session.next();
    statements.push(await session.questionText());
    const q9: TypedVote[] = [0, 1, 0, 2, 3, 3];
    await typeAll(session, q9);
    await session.reveal();
    statuses.push((await expectStats(session, q9)).status);

    // Progress, and the live summary against the same rules worked out here from the typed votes.
    const consensus = statuses.filter((s) => s === 'Consensus').length;
    expect(await session.progress.textContent()).toBe(
      `8 answered · 8 revealed · ${consensus} with consensus · 12 questions · 1 skipped question to come back to`,
    );
    expect(new Set(statements).size).toBe(8);
    const informs = (statement: string) => {
      const question = OSPO_FRAMEWORK.questions.find((q) => q.statement === statement);
      if (!question) throw new Error(`No framework question reads "${statement}"`);
      return question.informs as AnsweredQuestion['informs'];
    };
    const answered: AnsweredQuestion[] = [q1, q2, q3r2, q4, q5, q6, q8, q9].map((votes, i) => ({
      informs: informs(statements[i]!),
      votes,
      ...(i === 3 ? { agreed: 3 } : {}),
    }));
    expect(answered.map((a) => a.informs.kind)).toEqual([
      'stagePractice',
      'stagePractice',
      'stagePractice',
      'stagePractice',
      'stagePractice',
      'involvement',
      'archetype',
      'archetype',
    ]);
    const shortSet = OSPO_FRAMEWORK.presets.find((p) => p.id === 'short')!.questionIds;
    const inPlay = OSPO_FRAMEWORK.archetypes
      .map((a) => a.id)
      .filter((id) =>
        OSPO_FRAMEWORK.questions.some(
          (q) => shortSet.includes(q.id) && q.informs.kind === 'archetype' && q.informs.archetype === id,
        ),
      );
    const expected = expectedSummary(NAMES.length, answered, inPlay);
    await session.toggleSummary();
    const stageName = OSPO_FRAMEWORK.stages.find((s) => s.stage === expected.stage)!.name;
    expect(await page.getByTestId('summary-stage').textContent()).toBe(
      `Stage reached: ${expected.stage} — ${stageName}`,
    );
    expect(await page.getByTestId('summary-grid').textContent()).toBe(
      `Grid point: involvement ${fixed(expected.x!, 2)}, ability to execute ${fixed(expected.y, 2)}`,
    );
    const archetypeName = (id: string) => OSPO_FRAMEWORK.archetypes.find((a) => a.id === id)!.name;
    const mixShown = await page
      .getByTestId('summary-mix')
      .locator('li')
      .evaluateAll((items) =>
        items.map((li) => [
          li.querySelector('.mix-name')?.textContent ?? '',
          li.querySelector('.mix-value')?.textContent ?? '',
        ]),
      );
    // Archetypes whose statements nobody rated yet are listed apart, not as 0 %.
    const rated = [...expected.mix].filter(([id]) => !expected.unrated.includes(id));
    expect(mixShown).toEqual(
      rated.sort((a, b) => b[1] - a[1]).map(([id, share]) => [archetypeName(id), percent(share)]),
    );
    expect(await page.getByTestId('summary-unrated').textContent()).toBe(
      `Not rated yet: ${expected.unrated.map(archetypeName).join(', ')}`,
    );
    await shoot(session, 'live-summary');
    await session.toggleSummary();
    expect(await page.getByTestId('summary-stage').count()).toBe(0);

    // Back to the skipped question: it leaves the list.
    await session.backToSkipped();
    await expect.poll(() => session.progress.textContent()).not.toMatch(/skipped/);
  });

  it('shows a whole question and twelve participants on a 1366×768 laptop without scrolling', async () => {
    const app = await launchApp();
    const { page } = app;
    await new HomePage(page).createWorkshop({ title: 'Twelve people', date: '2026-03-18' });
    const setup = new SetupPage(page);
    await setup.waitFor('Twelve people');
    await setup.pasteParticipants(
      Array.from(
        { length: 12 },
        (_, i) => `Participant number ${i + 1}, ${i % 2 ? 'Legal' : 'Engineering'}`,
      ).join('\n'),
    );
    await setup.startSession();
    const session = new SessionPage(page);
    await session.waitFor();
    await page.setViewportSize({ width: 1366, height: 768 });
    await session.typeVotes(['3', '2', '4']);
    const fits = async () =>
      page.evaluate(() => {
        const last = [...document.querySelectorAll('tr.vote-row')].at(-1)!.getBoundingClientRect();
        const card = document.querySelector('h1')!.parentElement!.getBoundingClientRect();
        return {
          rows: document.querySelectorAll('tr.vote-row').length,
          questionTop: card.top,
          lastRowBottom: last.bottom,
          reveal: document.querySelector('.button-reveal')?.getBoundingClientRect().bottom ?? 0,
          scrolled: window.scrollY,
        };
      });
    const voting = await fits();
    expect(voting.rows).toBe(12);
    expect(voting.scrolled).toBe(0);
    expect(voting.questionTop).toBeGreaterThanOrEqual(0);
    expect(voting.lastRowBottom).toBeLessThanOrEqual(768);
    expect(voting.reveal).toBeLessThanOrEqual(768);
    await screenshot(page, 'session-twelve-1366x768');
  });
});
