// Page object for the workshop setup screen (`#/workshops/<id>`). Locates by role and accessible name.
import type { Locator, Page } from 'playwright-core';
import { WorkshopPage } from './WorkshopPage';

export interface WorkshopDetails {
  title?: string;
  organization?: string;
  /** ISO date, `YYYY-MM-DD`. */
  date?: string;
  facilitator?: string;
}

export type QuestionSet = 'full' | 'short' | 'custom';
export type AnonymityLabel = 'Names' | 'Aliases' | 'Anonymous';
export type ThresholdLabel =
  | 'Consensus: largest IQR'
  | 'Consensus: smallest Cns'
  | 'Polarized when A is below'
  | 'Stage reached at attainment'
  | 'Stable re-vote: at most this many voters changed (%)';

const QUESTION_SET_LABEL: Record<QuestionSet, RegExp> = {
  full: /^Full workshop \(\d+ questions\)$/,
  short: /^Short workshop \(\d+ questions\)$/,
  custom: /^Custom selection$/,
};

export class SetupPage extends WorkshopPage {
  readonly startButton: Locator;
  readonly details: Locator;
  readonly questions: Locator;
  readonly teams: Locator;
  readonly participants: Locator;
  readonly reporting: Locator;
  readonly rules: Locator;
  readonly participantTable: Locator;

  constructor(page: Page) {
    super(page);
    this.startButton = page.getByRole('button', { name: /^(Start|Continue) session$/ });
    const region = (name: string) => page.getByRole('region', { name, exact: true });
    this.details = region('Details');
    this.questions = region('Questions');
    this.teams = region('Teams');
    this.participants = region('Participants');
    this.reporting = region('Reporting');
    this.rules = region('Consensus rules');
    this.participantTable = this.participants.getByRole('table');
  }

  /** Waits for the setup of the workshop with this title (header and every section). */
  override async waitFor(title: string): Promise<void> {
    await super.waitFor(title);
    await this.rules.waitFor();
    await this.participants.waitFor();
  }

  private async waitSaved(section: Locator): Promise<void> {
    await section
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
  }

  /** Fills the given fields and saves them. */
  async fillDetails(details: WorkshopDetails): Promise<void> {
    const fields: [keyof WorkshopDetails, string][] = [
      ['title', 'Title'],
      ['organization', 'Organization'],
      ['date', 'Date'],
      ['facilitator', 'Facilitator'],
    ];
    for (const [key, label] of fields) {
      const value = details[key];
      if (value !== undefined) await this.details.getByLabel(label, { exact: true }).fill(value);
    }
    await this.details.getByRole('button', { name: 'Save details' }).click();
    await this.waitSaved(this.details);
  }

  questionSetRadio(set: QuestionSet): Locator {
    return this.questions.getByRole('radio', { name: QUESTION_SET_LABEL[set] });
  }

  /** Chooses a question set and (unless `save: false`) saves it. */
  async chooseQuestionSet(set: QuestionSet, { save = true }: { save?: boolean } = {}): Promise<void> {
    await this.questionSetRadio(set).check();
    if (save) await this.saveQuestionSet();
  }

  /** In a custom selection: ticks or clears the question with this statement. */
  async toggleQuestion(statement: string, selected: boolean): Promise<void> {
    // Groups fold away; a checkbox in a closed group is hidden until its group is opened.
    const name = { name: statement, exact: true };
    const hidden = this.page.getByRole('checkbox', { ...name, includeHidden: true });
    const group = this.questions.locator('details').filter({ has: hidden });
    if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await group.locator('summary').click();
    }
    await this.questions.getByRole('checkbox', name).setChecked(selected);
  }

  async saveQuestionSet(): Promise<void> {
    await this.questions.getByRole('button', { name: 'Save question set' }).click();
    await this.waitSaved(this.questions);
  }

  teamItem(name: string): Locator {
    return this.teams.getByRole('listitem').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async addTeam(name: string): Promise<void> {
    await this.teams.getByLabel('New team', { exact: true }).fill(name);
    await this.teams.getByRole('button', { name: 'Add team' }).click();
    await this.teamItem(name).waitFor();
  }

  /** Picks a palette colour by its name ("Orange", "Sky blue", …). */
  async setTeamColor(team: string, colour: string): Promise<void> {
    await this.teamItem(team)
      .getByRole('combobox', { name: /^Colour\b/ })
      .selectOption({ label: colour });
  }

  /** Team names in the order shown. */
  async teamNames(): Promise<string[]> {
    return this.teams.getByRole('listitem').locator('strong').allTextContents();
  }

  /** Pastes a list ("name" or "name, team, role" per line) and adds everyone the preview counts. */
  async pasteParticipants(text: string): Promise<void> {
    await this.participants.getByLabel('Paste names, one per line').fill(text);
    const add = this.participants.getByRole('button', { name: /^Add \d+ participants?$/ });
    await add.click();
    await this.page.getByText(/participants? added\.$/).waitFor();
  }

  /** The live preview under the paste box. */
  pastePreview(): Locator {
    return this.participants.getByRole('status');
  }

  /** Adds one participant with the form under the table. */
  async addParticipant(name: string, { team, role }: { team?: string; role?: string } = {}): Promise<void> {
    const form = this.participants.locator('form', { hasText: 'Add participant' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    if (team) await form.getByLabel('Team', { exact: true }).selectOption({ label: team });
    if (role) await form.getByLabel('Role', { exact: true }).selectOption({ label: role });
    await form.getByRole('button', { name: 'Add participant' }).click();
    await this.participantRow(name).waitFor();
  }

  participantRow(name: string): Locator {
    return this.participantTable.getByRole('row', { name: new RegExp(`^${escapeRegExp(name)}\\b`) });
  }

  /** Names in the participants table, in order. */
  async participantNames(): Promise<string[]> {
    return this.participantTable.locator('tbody th').allTextContents();
  }

  teamSelect(name: string): Locator {
    return this.participantRow(name).getByRole('combobox', { name: `Team ${name}`, exact: true });
  }

  roleSelect(name: string): Locator {
    return this.participantRow(name).getByRole('combobox', { name: `Role ${name}`, exact: true });
  }

  async setParticipantTeam(name: string, team: string | null): Promise<void> {
    await this.teamSelect(name).selectOption({ label: team ?? 'No team' });
  }

  /** Role by its label ("Legal", "Learning & development", …), or null for none. */
  async setParticipantRole(name: string, role: string | null): Promise<void> {
    await this.roleSelect(name).selectOption({ label: role ?? 'No role' });
  }

  /** The selected option's label of a select. */
  async selectedLabel(select: Locator): Promise<string> {
    return select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  }

  async removeParticipant(name: string): Promise<void> {
    await this.participantRow(name)
      .getByRole('button', { name: /^Remove\b/ })
      .click();
    const dialog = this.page.getByRole('alertdialog', { name: `Remove ${name}?` });
    await dialog.getByRole('button', { name: 'Remove participant' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  anonymityRadio(label: AnonymityLabel): Locator {
    return this.reporting.getByRole('radio', { name: new RegExp(`^${label}\\b`) });
  }

  async setAnonymity(label: AnonymityLabel): Promise<void> {
    await this.anonymityRadio(label).check();
    await this.page.getByText('Reporting settings saved.').last().waitFor();
  }

  targetStageSelect(): Locator {
    return this.reporting.getByLabel('Target stage', { exact: true });
  }

  /** A stage number (0–4) or null for "No target". */
  async setTargetStage(stage: number | null): Promise<void> {
    const select = this.targetStageSelect();
    await select.selectOption(stage === null ? '' : String(stage));
    await this.page.getByText('Reporting settings saved.').last().waitFor();
  }

  threshold(label: ThresholdLabel): Locator {
    return this.rules.getByLabel(label, { exact: true });
  }

  /** Types the given thresholds and saves; resolves once saved (throws if a value is refused). */
  async setThresholds(values: Partial<Record<ThresholdLabel, string>>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      await this.threshold(label as ThresholdLabel).fill(value);
    }
    await this.rules.getByRole('button', { name: 'Save rules' }).click();
    await this.waitSaved(this.rules);
  }

  async resetThresholds(): Promise<void> {
    await this.rules.getByRole('button', { name: 'Reset to defaults' }).click();
    await this.rules.getByRole('button', { name: 'Save rules' }).click();
  }

  /** Presses Start (or Continue) session; the app then shows the session route. */
  async startSession(): Promise<void> {
    await this.startButton.click();
    await this.page.waitForURL(/#\/workshops\/[^/]+\/session$/);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
