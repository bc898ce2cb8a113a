/**
 * The voter page: join the room (code, name), then follow the question the facilitator opens and vote.
 * The page says "Recorded" only when the server says the facilitator's database committed the vote; it
 * retries by itself after a dropped connection, with the same ballot id, so a vote is never counted twice.
 */
import type { VoteValue } from '../../shared/model/types';
import { ApiError, api, newBallotId, pause } from './api';
import { t } from './i18n';
import { render, type Choice, type Model } from './view';

const store = {
  get: (key: string) => localStorage.getItem(`ospo-room.${key}`),
  set: (key: string, value: string | null) =>
    value === null
      ? localStorage.removeItem(`ospo-room.${key}`)
      : localStorage.setItem(`ospo-room.${key}`, value),
};

const model: Model = { screen: { kind: 'loading' }, state: null, choice: null, offline: false, error: null };

function update(): void {
  render(model, { submitCode, pick, vote, restart });
}

function fail(error: unknown): void {
  if (error instanceof ApiError) {
    model.error =
      error.code === 'tooMany'
        ? 'voter.error.tooMany'
        : error.code === 'full'
          ? 'voter.error.full'
          : 'voter.error.link';
  } else {
    model.offline = true;
  }
  update();
}

async function submitCode(code: string): Promise<void> {
  try {
    const { secret } = await api.code(code);
    store.set('secret', secret);
    model.error = null;
    await lobby();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'forbidden') {
      model.error = 'voter.code.wrong';
      update();
    } else fail(error);
  }
}

async function lobby(): Promise<void> {
  const secret = store.get('secret');
  if (!secret) {
    model.screen = { kind: 'code' };
    return update();
  }
  try {
    model.screen = { kind: 'pick', lobby: await api.lobby(secret) };
    model.offline = false;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'forbidden') {
      store.set('secret', null);
      model.screen = { kind: 'code' };
    }
    return fail(error);
  }
  update();
}

async function pick(participantId: string, key?: string): Promise<void> {
  const secret = store.get('secret');
  if (!secret) return lobby();
  try {
    const joined = await api.join(secret, participantId, key);
    store.set('token', joined.token);
    model.error = null;
    void follow(joined.token);
  } catch (error) {
    fail(error);
  }
}

function restart(): void {
  store.set('token', null);
  model.state = null;
  model.choice = null;
  void lobby();
}

/** Follows the room's state for as long as this token is the page's: long polls, retried when dropped. */
async function follow(token: string): Promise<void> {
  let version = 0;
  let wait = 500;
  while (store.get('token') === token) {
    try {
      const state = await api.state(token, version);
      version = state.version;
      wait = 500;
      model.offline = false;
      model.state = state;
      model.screen = { kind: 'room' };
      update();
      if (state.phase === 'closed') return;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return restart();
      model.offline = true;
      update();
      await pause(wait);
      wait = Math.min(wait * 2, 5_000);
    }
  }
}

/** Sends a vote until the server gives its final answer; a newer choice takes over. */
async function vote(value: VoteValue): Promise<void> {
  const token = store.get('token');
  const question = model.state?.question;
  if (!token || !question || model.state?.phase !== 'open') return;
  const choice: Choice = {
    ballotId: newBallotId(),
    questionId: question.id,
    round: model.state.round,
    value,
    status: 'sending',
  };
  model.choice = choice;
  update();
  let wait = 500;
  while (model.choice === choice) {
    try {
      const reply = await api.ballot(token, {
        ballotId: choice.ballotId,
        questionId: choice.questionId,
        round: choice.round,
        value,
      });
      if (reply.status === 'pending') {
        choice.status = 'retrying';
      } else if (reply.status === 'superseded') {
        return;
      } else {
        choice.status = reply.status === 'refused' ? reply.reason : 'recorded';
        if (model.choice === choice) update();
        return;
      }
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return restart();
      if (error instanceof ApiError && error.status !== 429) {
        choice.status = 'rejected';
        if (model.choice === choice) update();
        return;
      }
      choice.status = 'retrying';
      if (model.choice === choice) update();
      await pause(wait);
      wait = Math.min(wait * 2, 5_000);
    }
    if (model.choice === choice) update();
  }
}

function start(): void {
  // The QR code's link carries the room secret (and a personal link, a name and its key) after the #:
  // keep them here, then take them out of the address bar.
  const params = new URLSearchParams(location.hash.slice(1));
  const secret = params.get('s');
  if (secret) {
    if (secret !== store.get('secret')) store.set('token', null);
    store.set('secret', secret);
    history.replaceState(null, '', location.pathname);
  }
  document.title = t('voter.title');
  const token = store.get('token');
  const personal = params.get('p');
  if (token) void follow(token);
  else if (secret && personal) void pick(personal, params.get('k') ?? undefined);
  else void lobby();
  update();
}

start();
