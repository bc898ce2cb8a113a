// Page object for the session screen (`#/workshops/<id>/session`): the vote grid, the reveal, rounds,
// the decision panel and the pass-the-device flow. Waits on what the screen says (row states, texts),
// never on fixed delays.
import type { Locator, Page } from 'playwright-core';

export type CaptureMode = 'Facilitator entry' | 'Pass the device';
/** A key of the vote grid: a digit, `?` (don't know), `n` (not applicable) or Backspace (clear). */
export type GridKey = '0' | '1' | '2' | '3' | '4' | '?' | 'n' | 'Backspace';
/** What a person picks on the pass-the-device vote screen. */
export type PassChoice = 0 | 1 | 2 | 3 | 4 | 'dontKnow' | 'notApplicable';

export interface RevealedStats {
  status: string;
  median: string;
  iqr: string;
  cns: string;
  a: string;
  within: string;
  /** "5 votes · 1 don’t know · 0 not applicable (not counted)". */
  counts: string;
  /** The "Far from the median" line. */
  far: string;
  /** The chart's text alternative: "0: 1, 1: 0, …". */
  distribution: string;
}

export interface RowSnapshot {
  participant: string;
  state: string;
  voteAt: string;
  label: string;
}

const PASS_LABELS: Record<PassChoice, RegExp> = {
  0: /^0\b/,
  1: /^1\b/,
  2: /^2\b/,
  3: /^3\b/,
  4: /^4\b/,
  dontKnow: /^Don’t know\b/,
  notApplicable: /^Not applicable\b/,
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class SessionPage {
  readonly statement: Locator;
  readonly round: Locator;
  readonly progress: Locator;
  readonly votedCount: Locator;
  readonly grid: Locator;
  readonly rows: Locator;
  readonly revealButton: Locator;
  readonly startRoundButton: Locator;
  readonly computedValue: Locator;
  readonly agreedValue: Locator;
  readonly rationale: Locator;
  readonly notes: Locator;
  readonly saveDecisionButton: Locator;
  readonly openDecisionButton: Locator;
  readonly decisionSaved: Locator;
  readonly decisionRationale: Locator;
  readonly decisionNotes: Locator;
  readonly passDialog: Locator;
  readonly notices: Locator;

  constructor(readonly page: Page) {
    this.statement = page.getByRole('heading', { level: 1 });
    this.round = page.getByTestId('round');
    this.progress = page.getByTestId('progress');
    this.votedCount = page.getByTestId('voted-count');
    this.grid = page.getByRole('table', { name: 'Votes', exact: true });
    this.rows = page.locator('tr.vote-row');
    this.revealButton = page.getByRole('button', { name: /^Reveal votes\b/ });
    this.startRoundButton = page.getByRole('button', { name: /^Start round \d+\b/ });
    const decision = page.locator('section.decision-panel');
    this.computedValue = page.getByTestId('computed-value');
    this.agreedValue = decision.getByLabel('Agreed value', { exact: true });
    this.rationale = decision.getByLabel('Rationale', { exact: true });
    this.notes = decision.getByLabel('Notes', { exact: true });
    this.saveDecisionButton = decision.getByRole('button', { name: /^Save decision\b/ });
    this.openDecisionButton = decision.getByRole('button', { name: /^(Record a decision|Edit decision)\b/ });
    this.decisionSaved = decision.locator('.decision-saved');
    this.decisionRationale = decision.getByTestId('decision-rationale');
    this.decisionNotes = decision.getByTestId('decision-notes');
    this.passDialog = page.getByRole('dialog', { name: 'Pass the device', exact: true });
    this.notices = page.locator('.notices .notice');
  }

  /** Waits until the session screen shows a question and its vote grid (or the pass-the-device dialog). */
  async waitFor(): Promise<void> {
    await this.page.waitForURL(/#\/workshops\/[^/]+\/session$/);
    await this.round.waitFor();
    await this.votedCount.waitFor();
    await this.settled();
  }

  /** Waits until the question's votes are read: the grid is no longer busy (its rows show their state). */
  async settled(): Promise<void> {
    await this.page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));
  }

  async questionText(): Promise<string> {
    return ((await this.statement.textContent()) ?? '').trim();
  }

  /** The round number shown ("Round 2" → 2). */
  async roundNumber(): Promise<number> {
    const text = (await this.round.textContent()) ?? '';
    const match = /^Round (\d+)$/.exec(text.trim());
    if (!match) throw new Error(`Unexpected round text: "${text}"`);
    return Number(match[1]);
  }

  /** "k of n voted" as numbers. */
  async voted(): Promise<{ voted: number; total: number }> {
    const text = (await this.votedCount.textContent()) ?? '';
    const match = /^(\d+) of (\d+) voted$/.exec(text.trim());
    if (!match) throw new Error(`Unexpected voted count: "${text}"`);
    return { voted: Number(match[1]), total: Number(match[2]) };
  }

  // ---- the vote grid -------------------------------------------------------------------------------

  /** A participant's row, by displayed name or by position (0-based). */
  row(who: string | number): Locator {
    if (typeof who === 'number') return this.rows.nth(who);
    return this.rows.filter({
      has: this.page.locator('th.vote-name > span:first-child', {
        hasText: new RegExp(`^${escapeRegExp(who)}$`),
      }),
    });
  }

  async rowState(who: string | number): Promise<string | null> {
    return this.row(who).getAttribute('data-state');
  }

  /** Waits until a row says it is recorded (the vote is committed) or waiting. */
  async waitForRow(who: string | number, state: 'recorded' | 'waiting'): Promise<void> {
    await this.row(who)
      .and(this.page.locator(`[data-state="${state}"]`))
      .waitFor();
  }

  /** Focuses a row and presses a key on it; waits for the row to show the result. */
  async vote(who: string | number, key: GridKey): Promise<void> {
    const row = this.row(who);
    const before = await row.getAttribute('data-vote-at');
    await row.focus();
    await this.page.keyboard.press(key);
    if (key === 'Backspace') {
      await this.waitForRow(who, 'waiting');
    } else {
      // A new vote, or a changed one (the commit time moves on).
      await row
        .and(this.page.locator('[data-state="recorded"]'))
        .and(this.page.locator(`:not([data-vote-at="${before ?? ''}"])`))
        .waitFor();
    }
  }

  /**
   * Types one key per row, from the first row (or `from`) down, as a facilitator does: each key records
   * and moves to the next row. `null` skips a row (ArrowDown). Waits until every typed row is recorded.
   */
  async typeVotes(keys: readonly (GridKey | null)[], from = 0): Promise<void> {
    await this.row(from).focus();
    for (const key of keys) await this.page.keyboard.press(key ?? 'ArrowDown');
    for (const [i, key] of keys.entries()) {
      if (key !== null && key !== 'Backspace') await this.waitForRow(from + i, 'recorded');
    }
  }

  /** Every row's participant id, state, commit time and accessible name, in order. */
  async snapshotRows(): Promise<RowSnapshot[]> {
    return this.rows.evaluateAll((rows) =>
      rows.map((row) => ({
        participant: row.getAttribute('data-participant') ?? '',
        state: row.getAttribute('data-state') ?? '',
        voteAt: row.getAttribute('data-vote-at') ?? '',
        label: row.getAttribute('aria-label') ?? '',
      })),
    );
  }

  /** Votes shown as chosen in the grid; before the reveal (and in anonymous workshops) there are none. */
  chosenButtons(): Locator {
    return this.grid.locator('.vote-button.is-chosen');
  }

  // ---- reveal and rounds ---------------------------------------------------------------------------

  /** Presses Reveal votes and waits for the results. */
  async reveal(): Promise<void> {
    await this.revealButton.click();
    await this.waitForRevealed();
  }

  async waitForRevealed(): Promise<void> {
    await this.page.locator('section.reveal-panel .status-badge').waitFor();
    await this.startRoundButton.waitFor();
  }

  async isRevealed(): Promise<boolean> {
    return this.page.locator('section.reveal-panel').isVisible();
  }

  /** Starts the next re-vote round and waits until the screen shows it. */
  async startRound(): Promise<number> {
    const next = (await this.roundNumber()) + 1;
    await this.page.getByRole('button', { name: new RegExp(`^Start round ${next}\\b`) }).click();
    await this.round.filter({ hasText: new RegExp(`^Round ${next}$`) }).waitFor();
    await this.revealButton.waitFor();
    return next;
  }

  /** The figures of the reveal panel, as shown. */
  async readStats(): Promise<RevealedStats> {
    const panel = this.page.locator('section.reveal-panel');
    const text = async (locator: Locator) => ((await locator.textContent()) ?? '').trim();
    const stat = (name: string) => text(panel.locator(`dd[data-stat="${name}"]`));
    return {
      status: (await text(panel.locator('.status-badge'))).replace(/^[●◐◑○]+\s*/u, ''),
      median: await stat('median'),
      iqr: await stat('iqr'),
      cns: await stat('cns'),
      a: await stat('a'),
      within: await stat('within'),
      counts: (await text(panel.locator('.reveal-stats > p.muted').first())).replace(/\s+/g, ' '),
      far: await text(panel.locator('.far-from-median')),
      distribution: await text(panel.locator('figure.distribution figcaption .chart-current')),
    };
  }

  /** The lines of the "Earlier rounds" list, unfolded as a reader would. */
  async earlierRounds(): Promise<string[]> {
    const history = this.page.locator('details.round-history');
    if ((await history.count()) === 0) return [];
    if ((await history.getAttribute('open')) === null) await history.locator('summary').click();
    const items = history.locator('li');
    await items.first().waitFor();
    return (await items.allTextContents()).map((t) => t.trim());
  }

  // ---- capture mode and pass the device ------------------------------------------------------------

  modeButton(mode: CaptureMode): Locator {
    return this.page
      .getByRole('group', { name: 'Capture', exact: true })
      .getByRole('button', { name: mode, exact: true });
  }

  async setMode(mode: CaptureMode): Promise<void> {
    await this.modeButton(mode).click();
    await this.page.locator(`.mode-switch button[aria-pressed="true"]`, { hasText: mode }).waitFor();
    if (mode === 'Pass the device' && !(await this.isRevealed())) await this.passDialog.waitFor();
  }

  /** The name on the hand-off card ("Hand the laptop to NAME"), or null when another step shows. */
  async passHandoffName(): Promise<string | null> {
    const heading = this.passDialog.getByRole('heading', { name: /^Hand the laptop to / });
    if (!(await heading.isVisible())) return null;
    return ((await heading.textContent()) ?? '').replace(/^Hand the laptop to /, '').trim();
  }

  /** On the hand-off card: "I am NAME"; waits for the vote screen. */
  async passStart(name: string): Promise<void> {
    await this.passDialog.getByRole('heading', { name: `Hand the laptop to ${name}`, exact: true }).waitFor();
    await this.passDialog.getByRole('button', { name: `I am ${name}`, exact: true }).click();
    await this.passChoiceButton(0).waitFor();
  }

  /** On the hand-off card: "Skip NAME". */
  async passSkip(name: string): Promise<void> {
    await this.passDialog.getByRole('button', { name: `Skip ${name}`, exact: true }).click();
    await this.passDialog
      .getByRole('heading', { name: `Hand the laptop to ${name}`, exact: true })
      .waitFor({ state: 'detached' });
  }

  passChoiceButton(choice: PassChoice): Locator {
    return this.passDialog.getByRole('button', { name: PASS_LABELS[choice] });
  }

  /**
   * On the vote screen: picks a value and waits for the thank-you (the vote is committed by then).
   * Says whether someone is still in the queue ("Next person") or this was the last one ("Done").
   */
  async passChoose(choice: PassChoice): Promise<'next' | 'last'> {
    await this.passChoiceButton(choice).click();
    await this.passDialog.getByText('Thank you, your vote is recorded.', { exact: true }).waitFor();
    const next = this.passDialog.getByRole('button', { name: 'Next person', exact: true });
    const done = this.passDialog.getByRole('button', { name: 'Done', exact: true });
    await next.or(done).waitFor();
    return (await next.isVisible()) ? 'next' : 'last';
  }

  /** Leaves the thank-you card: to the next hand-off, or to the hand-back card after the last person. */
  async passNext(): Promise<void> {
    const button = this.passDialog.getByRole('button', { name: /^(Next person|Done)$/ });
    await button.click();
    await button.waitFor({ state: 'detached' });
  }

  /** The whole turn of one person: hand-off, vote, thank-you, on to the next card. */
  async passVote(name: string, choice: PassChoice): Promise<'next' | 'last'> {
    await this.passStart(name);
    const after = await this.passChoose(choice);
    await this.passNext();
    return after;
  }

  /** The hand-back card: "Everyone has voted…" or, when someone was skipped, "Everyone present has voted…". */
  passDone(): Locator {
    return this.passDialog.getByText(
      /^Everyone (present )?has voted\. Hand the laptop back to the facilitator\.$/,
    );
  }

  /** "Facilitator" → confirm "Return to facilitator"; waits for the grid. */
  async passReturnToFacilitator(): Promise<void> {
    await this.passDialog.getByRole('button', { name: 'Facilitator', exact: true }).click();
    const confirm = this.page.getByRole('alertdialog', { name: 'Return to the facilitator screen?' });
    await confirm.getByRole('button', { name: 'Return to facilitator', exact: true }).click();
    await this.passDialog.waitFor({ state: 'detached' });
    await this.grid.waitFor();
  }

  // ---- decision ------------------------------------------------------------------------------------

  /** Opens the decision form if it is closed ("Record a decision" / "Edit decision"). */
  async openDecision(): Promise<void> {
    if ((await this.saveDecisionButton.count()) === 0) await this.openDecisionButton.click();
    await this.agreedValue.waitFor();
  }

  /**
   * Opens the form, fills the decision (agreed value null = "None") and saves; waits for the form to
   * close with a new "Saved …" line. A refused save (no rationale) leaves the form open.
   */
  async saveDecision(input: { agreed?: number | null; rationale?: string; notes?: string }): Promise<void> {
    // Every save keeps the one before, so the "earlier versions kept" count tells a new save apart.
    // The line shows while the form is closed, so it is read before opening.
    const before =
      (await this.decisionSaved.count()) > 0 ? ((await this.decisionSaved.textContent()) ?? '') : null;
    await this.openDecision();
    if (input.agreed !== undefined) {
      await this.agreedValue.selectOption(input.agreed === null ? '' : String(input.agreed));
    }
    if (input.rationale !== undefined) await this.rationale.fill(input.rationale);
    if (input.notes !== undefined) await this.notes.fill(input.notes);
    await this.saveDecisionButton.click();
    if (input.agreed != null && !input.rationale?.trim()) return; // refused: the caller checks the error
    await this.decisionSaved
      .filter({ hasText: /^Saved / })
      .filter(before === null ? {} : { hasNotText: new RegExp(`^${escapeRegExp(before)}$`) })
      .waitFor();
  }

  overrideNote(): Locator {
    return this.page.locator('section.decision-panel .override-note');
  }

  // ---- navigation and undo -------------------------------------------------------------------------

  private async afterNavigation(previous: string): Promise<void> {
    await this.statement.filter({ hasNotText: previous }).waitFor();
    await this.settled();
  }

  /** "Skip for now": waits until another question shows. */
  async skip(): Promise<void> {
    const before = await this.questionText();
    await this.page.getByRole('button', { name: 'Skip for now', exact: true }).click();
    await this.afterNavigation(before);
  }

  /** "Back to skipped (N)": waits until another question shows. */
  async backToSkipped(): Promise<void> {
    const before = await this.questionText();
    await this.page.getByRole('button', { name: /^Back to skipped \(\d+\)$/ }).click();
    await this.afterNavigation(before);
  }

  async next({ keyboard = false }: { keyboard?: boolean } = {}): Promise<void> {
    const before = await this.questionText();
    if (keyboard) await this.page.keyboard.press('PageDown');
    else await this.page.getByRole('button', { name: /^Next\b/ }).click();
    await this.afterNavigation(before);
  }

  async previous({ keyboard = false }: { keyboard?: boolean } = {}): Promise<void> {
    const before = await this.questionText();
    if (keyboard) await this.page.keyboard.press('PageUp');
    else await this.page.getByRole('button', { name: /^Previous\b/ }).click();
    await this.afterNavigation(before);
  }

  /** Closes every notice on screen, so the next one can be read without mixing it up with older ones. */
  async dismissNotices(): Promise<void> {
    while ((await this.notices.count()) > 0) {
      // A notice may fade away by itself meanwhile; then there is nothing to click.
      await this.notices
        .first()
        .getByRole('button', { name: 'Close', exact: true })
        .click({ timeout: 2_000 })
        .catch(() => undefined);
    }
  }

  /** Undo (button, or Ctrl+Z with `keyboard`); resolves with the notice that says what was undone. */
  async undo({ keyboard = false }: { keyboard?: boolean } = {}): Promise<string> {
    await this.dismissNotices();
    if (keyboard) await this.page.keyboard.press('Control+z');
    else await this.page.getByRole('button', { name: /^Undo\b/ }).click();
    const notice = this.notices.first();
    await notice.waitFor();
    return ((await notice.locator('span').first().textContent()) ?? '').trim();
  }

  async toggleSummary(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Show|Hide) live summary$/ }).click();
  }
}
