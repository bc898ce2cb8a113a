/** The voter page's screens, drawn from the model. Buttons, headings and live regions a screen reader reads. */
import type {
  BallotRefusal,
  Lobby,
  PhoneDistribution,
  PhoneQuestion,
  PhoneState,
} from '../../shared/room/protocol';
import type { VoteValue } from '../../shared/model/types';
import { h, show } from './dom';
import { t, type VoterMessage } from './i18n';

export type Screen =
  { kind: 'loading' } | { kind: 'code' } | { kind: 'pick'; lobby: Lobby } | { kind: 'room' };

/** The vote being sent: shown as chosen, but "Recorded" only once acknowledged. */
export interface Choice {
  ballotId: string;
  questionId: string;
  round: number;
  value: VoteValue;
  status: 'sending' | 'retrying' | 'recorded' | BallotRefusal;
}

export interface Model {
  screen: Screen;
  state: PhoneState | null;
  choice: Choice | null;
  offline: boolean;
  error: VoterMessage | null;
}

interface Actions {
  submitCode(code: string): void;
  pick(participantId: string): void;
  vote(value: VoteValue): void;
  restart(): void;
}

const root = () => document.getElementById('main')!;
const present = (...nodes: (Node | null)[]): Node[] => nodes.filter((n): n is Node => n !== null);

export function render(m: Model, actions: Actions): void {
  const offline = document.getElementById('offline')!;
  offline.hidden = !m.offline;
  offline.textContent = m.offline ? t('voter.offline') : '';
  const error = m.error ? h('p', { class: 'error', role: 'alert' }, t(m.error)) : null;
  switch (m.screen.kind) {
    case 'loading':
      return show(root(), 'loading', []);
    case 'code':
      return show(root(), 'code', codeScreen(actions, error));
    case 'pick':
      return show(root(), 'pick', pickScreen(m.screen.lobby, actions, error));
    case 'room':
      if (!m.state) return;
      return roomScreen(m.state, m.choice, actions, error);
  }
}

function codeScreen(actions: Actions, error: Node | null): Node[] {
  const input = h('input', {
    id: 'code',
    name: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    inputmode: 'text',
    maxlength: '12',
    required: true,
    'data-focus': true,
    'aria-describedby': 'code-help',
  }) as HTMLInputElement;
  const form = h(
    'form',
    {
      class: 'stack',
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        if (input.value.trim()) actions.submitCode(input.value);
      },
    },
    h('label', { for: 'code' }, t('voter.code.label')),
    input,
    h('button', { type: 'submit', class: 'primary' }, t('voter.code.submit')),
  );
  return present(
    h('h1', {}, t('voter.code.title')),
    h('p', { id: 'code-help' }, t('voter.code.body')),
    error,
    form,
  );
}

function pickScreen(lobby: Lobby, actions: Actions, error: Node | null): Node[] {
  const names = lobby.participants.map((p) =>
    h(
      'li',
      {},
      h(
        'button',
        { type: 'button', class: 'name', 'data-key': `p-${p.id}`, onclick: () => actions.pick(p.id) },
        h('span', {}, p.name),
        p.joined ? h('span', { class: 'muted' }, ` (${t('voter.pick.joined')})`) : null,
      ),
    ),
  );
  return present(
    h('p', { class: 'eyebrow' }, lobby.title),
    h('h1', {}, t('voter.pick.title')),
    h('p', {}, t('voter.pick.body')),
    error,
    names.length ? h('ul', { class: 'names' }, ...names) : h('p', {}, t('voter.pick.none')),
  );
}

function valueLabel(value: VoteValue, q: PhoneQuestion): string {
  if (value === 'dontKnow') return q.dontKnowLabel;
  if (value === 'notApplicable') return q.notApplicableLabel;
  const label = q.scale.find((s) => s.value === value)?.label ?? '';
  return t('voter.scale.option', { value, label });
}

function roomScreen(state: PhoneState, choice: Choice | null, actions: Actions, error: Node | null): void {
  const name = state.participant.name;
  const signedIn = h('p', { class: 'eyebrow' }, t('voter.signedInAs', { name }));
  if (state.device === 'pending') {
    return show(root(), 'confirm', [
      h('h1', {}, t('voter.confirm.title')),
      h('p', {}, t('voter.confirm.body', { name })),
    ]);
  }
  if (state.device === 'revoked') {
    return show(root(), 'revoked', [
      h('h1', {}, t('voter.revoked.title')),
      h('p', {}, t('voter.revoked.body', { name })),
      h('button', { type: 'button', class: 'primary', onclick: actions.restart }, t('voter.revoked.again')),
    ]);
  }
  if (state.phase === 'closed') {
    return show(root(), 'closed', [h('h1', {}, t('voter.closed.title')), h('p', {}, t('voter.closed.body'))]);
  }
  const q = state.question;
  if (!q || state.phase === 'waiting') {
    return show(root(), 'waiting', [
      h('h1', {}, t('voter.waiting.title', { name })),
      h('p', {}, t('voter.waiting.body')),
    ]);
  }
  const screen = `${state.phase}:${q.id}:${state.round}`;
  const header = present(
    signedIn,
    h(
      'p',
      { class: 'meta' },
      t('voter.question.meta', { n: q.position, total: q.total, round: state.round }),
    ),
    h('h1', { class: 'statement' }, q.statement),
    q.help ? h('p', { class: 'help' }, q.help) : null,
    h(
      'dl',
      { class: 'anchors' },
      h('div', {}, h('dt', {}, t('voter.question.zero')), h('dd', {}, q.anchors.zero)),
      h('div', {}, h('dt', {}, t('voter.question.four')), h('dd', {}, q.anchors.four)),
    ),
  );

  if (state.phase === 'revealed') {
    const mine = state.myVote;
    return show(
      root(),
      screen,
      present(
        ...header,
        h('h2', {}, t('voter.revealed.title')),
        h(
          'p',
          {},
          mine === null
            ? t('voter.revealed.noVote')
            : t('voter.revealed.mine', { value: valueLabel(mine, q) }),
        ),
        state.distribution ? distribution(state.distribution, q) : null,
      ),
    );
  }

  // The pressed answer: the one being sent for this question, else the one the database holds.
  const current = choice?.questionId === q.id && choice.round === state.round ? choice : null;
  const selected: VoteValue | null = current ? current.value : state.myVote;
  const values: VoteValue[] = [0, 1, 2, 3, 4, 'dontKnow', 'notApplicable'];
  const status = statusText(current, state, q);
  // The screen's status line is redrawn with the screen; the live region outside it stays, so a screen
  // reader hears "Sending…" and "Recorded" as they happen.
  const announce = document.getElementById('announce')!;
  if (announce.textContent !== status) announce.textContent = status;
  const buttons = values.map((value) =>
    h(
      'button',
      {
        type: 'button',
        class: typeof value === 'number' ? 'choice' : 'choice other',
        'aria-pressed': String(selected === value),
        'data-key': `v-${value}`,
        onclick: () => actions.vote(value),
      },
      valueLabel(value, q),
    ),
  );
  return show(
    root(),
    screen,
    present(
      ...header,
      h('div', { class: 'choices', role: 'group', 'aria-label': t('voter.scale.label') }, ...buttons),
      h('p', { class: `status ${statusClass(current, state)}` }, status),
      error,
    ),
  );
}

function statusClass(choice: Choice | null, state: PhoneState): string {
  if (choice)
    return choice.status === 'recorded'
      ? 'ok'
      : choice.status === 'sending'
        ? 'busy'
        : choice.status === 'retrying'
          ? 'busy'
          : 'warn';
  return state.myVote === null ? '' : 'ok';
}

function statusText(choice: Choice | null, state: PhoneState, q: PhoneQuestion): string {
  if (!choice) {
    return state.myVote === null
      ? t('voter.status.none')
      : t('voter.status.recorded', { value: valueLabel(state.myVote, q) });
  }
  const value = valueLabel(choice.value, q);
  switch (choice.status) {
    case 'sending':
      return t('voter.status.sending', { value });
    case 'retrying':
      return t('voter.status.retrying');
    case 'recorded':
      return t('voter.status.recorded', { value });
    case 'revealed':
      return t('voter.status.tooLate');
    case 'notOpen':
      return t('voter.status.notOpen');
    case 'rejected':
      return t('voter.status.rejected');
  }
}

function distribution(d: PhoneDistribution, q: PhoneQuestion): HTMLElement {
  const rows: [string, number][] = [
    ...d.counts.map((count, value): [string, number] => [valueLabel(value as VoteValue, q), count]),
    [q.dontKnowLabel, d.dontKnow],
    [q.notApplicableLabel, d.notApplicable],
  ];
  const max = Math.max(1, ...rows.map(([, n]) => n));
  return h(
    'section',
    { 'aria-labelledby': 'dist-title' },
    h('h2', { id: 'dist-title' }, t('voter.revealed.distribution')),
    h(
      'ul',
      { class: 'distribution' },
      ...rows.map(([label, count]) => {
        const bar = h('span', { class: 'bar', 'aria-hidden': 'true' });
        bar.style.width = `${(count / max) * 100}%`;
        return h(
          'li',
          {},
          h('span', { class: 'label' }, label),
          bar,
          h('span', { class: 'count' }, t('voter.revealed.count', { count })),
        );
      }),
    ),
  );
}
