// The room server, as phones and strangers on the network meet it: it listens on the one address given,
// answers only requests that name it (Host, Origin), with a valid secret or device token, under the size
// and rate limits; ballots are answered only once the app acknowledges them; it stops cleanly.
import { networkInterfaces } from 'node:os';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RoomBallot, RoomQuestionState } from '../../../../shared/ipc/room';
import type { PhoneQuestion } from '../../../../shared/room/protocol';
import {
  startRoomServer,
  type RoomServer,
  type RoomServerOptions,
} from '../../../../electron/server/room/room-server';
import { canConnect, fakeVoterRoot, raw, type RawRequest } from './room-helpers';

const ADDRESS = '127.0.0.1';
const people = [
  { id: 'p-ada', name: 'Ada' },
  { id: 'p-bo', name: 'Bo' },
];
const question: PhoneQuestion = {
  id: 'q1',
  position: 1,
  total: 3,
  statement: 'Do we keep an inventory?',
  help: 'Think of the last year.',
  anchors: { zero: 'No inventory', four: 'Complete and current' },
  scale: [0, 1, 2, 3, 4].map((value) => ({ value, label: `label ${value}` })),
  dontKnowLabel: "Don't know",
  notApplicableLabel: 'Not applicable',
};
const openState = (over: Partial<RoomQuestionState> = {}): RoomQuestionState => ({
  workshopId: 'w1',
  question,
  round: 1,
  open: true,
  revealed: false,
  votes: {},
  distribution: null,
  ...over,
});

let voterRoot: string;
let room: RoomServer | undefined;
let ballots: RoomBallot[];

beforeAll(async () => {
  voterRoot = await fakeVoterRoot();
});
afterEach(async () => {
  await room?.close();
  room = undefined;
});

async function open(over: Partial<RoomServerOptions> = {}): Promise<RoomServer> {
  ballots = [];
  room = await startRoomServer({
    address: ADDRESS,
    workshopId: 'w1',
    title: 'Workshop',
    participants: people,
    shareDistribution: false,
    voterRoot,
    onBallot: (ballot) => ballots.push(ballot),
    onStatus: () => undefined,
    ...over,
  });
  return room;
}

/** A request as the voter page makes it: our Host, our Origin on posts, JSON. */
function phone(r: RoomServer, req: RawRequest & { json?: unknown; token?: string }) {
  const host = `${ADDRESS}:${r.info.port}`;
  const headers: Record<string, string> = { host, ...(req.headers ?? {}) };
  if (req.json !== undefined) {
    headers['content-type'] = 'application/json';
    headers.origin ??= `http://${host}`;
  }
  if (req.token) headers.authorization = `Bearer ${req.token}`;
  const body = req.json === undefined ? req.body : JSON.stringify(req.json);
  return raw(ADDRESS, r.info.port, {
    ...req,
    method: req.method ?? (req.json === undefined ? 'GET' : 'POST'),
    headers,
    body,
  });
}

const secretOf = (r: RoomServer) => new URLSearchParams(new URL(r.info.joinUrl).hash.slice(1)).get('s')!;

async function join(r: RoomServer, participantId: string): Promise<{ status: string; token: string }> {
  const reply = await phone(r, { path: '/api/join', json: { secret: secretOf(r), participantId } });
  expect(reply.status).toBe(200);
  return reply.json();
}

describe('where the room listens', () => {
  it('refuses the wildcard addresses and addresses this computer does not have', async () => {
    for (const address of ['0.0.0.0', '::', '203.0.113.7']) {
      await expect(open({ address })).rejects.toThrow(/every interface|not an address of this computer/);
    }
  });

  it('listens on the chosen address only, on a free port', async () => {
    const r = await open();
    expect(r.info.port).toBeGreaterThan(0);
    expect(await canConnect(ADDRESS, r.info.port)).toBe(true);
    expect(await canConnect('::1', r.info.port)).toBe(false);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal);
    if (external) expect(await canConnect(external.address, r.info.port)).toBe(false);
  });

  it('serves the voter page with its strict CSP, and nothing else', async () => {
    const r = await open();
    const page = await phone(r, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'.*script-src 'self'/);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['set-cookie']).toBeUndefined();
    expect((await phone(r, { path: '/assets/voter.js' })).status).toBe(200);
    for (const path of ['/app', '/assets/../index.html', '/%2e%2e/etc/passwd', '/assets/missing.js']) {
      expect((await phone(r, { path })).status, path).toBe(404);
    }
  });
});

describe('who may ask', () => {
  it('refuses a foreign Host (DNS rebinding) and a foreign or missing Origin on posts', async () => {
    const r = await open();
    const secret = secretOf(r);
    expect((await phone(r, { path: '/', headers: { host: `evil.example:${r.info.port}` } })).status).toBe(
      403,
    );
    const lobby = (headers: Record<string, string>) =>
      phone(r, { path: '/api/lobby', json: { secret }, headers });
    expect((await lobby({ origin: 'http://evil.example' })).status).toBe(403);
    expect((await lobby({ host: `evil.example:${r.info.port}` })).status).toBe(403);
    expect((await lobby({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const noOrigin = await raw(ADDRESS, r.info.port, {
      method: 'POST',
      path: '/api/lobby',
      headers: { host: `${ADDRESS}:${r.info.port}`, 'content-type': 'application/json' },
      body: JSON.stringify({ secret }),
    });
    expect(noOrigin.status).toBe(403);
    expect((await lobby({})).status).toBe(200);
  });

  it('refuses a wrong secret, a wrong code, and requests without a valid device token', async () => {
    const r = await open();
    expect((await phone(r, { path: '/api/lobby', json: { secret: 'x'.repeat(24) } })).status).toBe(403);
    expect((await phone(r, { path: '/api/code', json: { code: 'AAAAAA' } })).status).toBe(403);
    const byCode = await phone(r, { path: '/api/code', json: { code: r.info.code.toLowerCase() } });
    expect(byCode.json()).toEqual({ secret: secretOf(r) });
    expect((await phone(r, { path: '/api/state?v=0' })).status).toBe(401);
    expect((await phone(r, { path: '/api/state?v=0', token: 'y'.repeat(43) })).status).toBe(401);
    const ballot = { ballotId: 'b1', questionId: 'q1', round: 1, value: 3 };
    expect((await phone(r, { path: '/api/ballot', json: ballot, token: 'y'.repeat(43) })).status).toBe(401);
    expect(ballots).toEqual([]);
  });

  it('refuses over-size bodies, non-JSON bodies and malformed ballots', async () => {
    const r = await open();
    const { token } = await join(r, 'p-ada');
    const big = await phone(r, {
      path: '/api/ballot',
      token,
      json: { ballotId: 'b1', questionId: 'q1', round: 1, value: 3, pad: 'x'.repeat(10_000) },
    });
    expect(big.status).toBe(413);
    const form = await phone(r, {
      method: 'POST',
      path: '/api/ballot',
      token,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: `http://${ADDRESS}:${r.info.port}`,
      },
      body: 'value=3',
    });
    expect(form.status).toBe(415);
    r.publish(openState());
    for (const bad of [{ ballotId: 'b1', questionId: 'q1', round: 1, value: 7 }, { value: 3 }]) {
      expect((await phone(r, { path: '/api/ballot', token, json: bad })).status).toBe(400);
    }
    expect(ballots).toEqual([]);
  });

  it('stops a burst beyond the rate limit, and guessing codes sooner', async () => {
    const r = await open({ limits: { requests: { burst: 5, perSecond: 0.01 } } });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await phone(r, { path: '/' })).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    // Another address has its own allowance.
    expect((await phone(r, { path: '/', from: '127.0.0.2' })).status).toBe(200);

    const guesses: number[] = [];
    for (let i = 0; i < 12; i++) {
      guesses.push(
        (await phone(r, { path: '/api/code', json: { code: 'ZZZZZZ' }, from: '127.0.0.3' })).status,
      );
    }
    expect(guesses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(guesses.indexOf(429)).toBeLessThanOrEqual(10);
  });
});

describe('devices', () => {
  it('admits the first device of a name; a second one waits for the facilitator, who may sign out the first', async () => {
    const r = await open();
    const first = await join(r, 'p-ada');
    expect(first.status).toBe('joined');
    const second = await join(r, 'p-ada');
    expect(second.status).toBe('confirm');
    const pending = (await phone(r, { path: '/api/state?v=0', token: second.token })).json();
    expect(pending).toMatchObject({ device: 'pending', question: null });
    r.publish(openState());
    const refused = await phone(r, {
      path: '/api/ballot',
      token: second.token,
      json: { ballotId: 'b2', questionId: 'q1', round: 1, value: 1 },
    });
    expect(refused.status).toBe(403);

    const waiting = r.status().devices.find((d) => d.state === 'pending')!;
    expect(r.decide(waiting.deviceId, true)).toBe(true);
    expect((await phone(r, { path: '/api/state?v=0', token: first.token })).json().device).toBe('revoked');
    expect((await phone(r, { path: '/api/state?v=0', token: second.token })).json().device).toBe('active');
  });

  it('a personal link opens its own name only', async () => {
    const r = await open();
    const link = new URLSearchParams(new URL(r.info.links[0]!.url).hash.slice(1));
    const wrong = await phone(r, {
      path: '/api/join',
      json: { secret: secretOf(r), participantId: 'p-bo', key: link.get('k')! },
    });
    expect(wrong.status).toBe(404);
    const right = await phone(r, {
      path: '/api/join',
      json: { secret: secretOf(r), participantId: link.get('p')!, key: link.get('k')! },
    });
    expect(right.json()).toMatchObject({ status: 'joined', participant: { id: 'p-ada' } });
  });
});

describe('ballots', () => {
  it('answers "recorded" only once the app acknowledges, and a retry is not a second ballot', async () => {
    const r = await open();
    const { token } = await join(r, 'p-ada');
    const ballot = { ballotId: 'b1', questionId: 'q1', round: 1, value: 3 };
    const early = await phone(r, { path: '/api/ballot', token, json: ballot });
    expect(early.json()).toEqual({ status: 'refused', reason: 'notOpen' });

    r.publish(openState());
    let answered = false;
    const sent = phone(r, { path: '/api/ballot', token, json: ballot }).then((reply) => {
      answered = true;
      return reply;
    });
    await expect.poll(() => ballots.length).toBe(1);
    expect(ballots[0]).toEqual({ ...ballot, workshopId: 'w1', participantId: 'p-ada' });
    expect(answered).toBe(false);
    // A dropped connection: the phone sends the same ballot again; it waits for the same commit.
    const retry = phone(r, { path: '/api/ballot', token, json: ballot });
    r.ack({ ballotId: 'b1', outcome: 'recorded' });
    expect((await sent).json()).toEqual({ status: 'recorded' });
    expect((await retry).json()).toEqual({ status: 'recorded' });
    expect((await phone(r, { path: '/api/ballot', token, json: ballot })).json()).toEqual({
      status: 'recorded',
    });
    expect(ballots).toHaveLength(1);
    expect((await phone(r, { path: '/api/state?v=0', token })).json().myVote).toBe(3);
  });

  it('the latest choice wins; a refused ballot says why', async () => {
    const r = await open();
    const { token } = await join(r, 'p-ada');
    r.publish(openState());
    const first = phone(r, {
      path: '/api/ballot',
      token,
      json: { ballotId: 'b1', questionId: 'q1', round: 1, value: 1 },
    });
    await expect.poll(() => ballots.length).toBe(1);
    const second = phone(r, {
      path: '/api/ballot',
      token,
      json: { ballotId: 'b2', questionId: 'q1', round: 1, value: 2 },
    });
    expect((await first).json()).toEqual({ status: 'superseded' });
    await expect.poll(() => ballots.length).toBe(2);
    r.ack({ ballotId: 'b2', outcome: 'refused', reason: 'revealed' });
    expect((await second).json()).toEqual({ status: 'refused', reason: 'revealed' });
    expect(r.status().inFlight).toBe(0);
  });

  it('sends a phone its own vote only, and the distribution only after the reveal when shared', async () => {
    const r = await open({ shareDistribution: true });
    const ada = await join(r, 'p-ada');
    r.publish(openState({ votes: { 'p-ada': 1, 'p-bo': 4 } }));
    const before = await phone(r, { path: '/api/state?v=0', token: ada.token });
    expect(before.json()).toMatchObject({ phase: 'open', myVote: 1, distribution: null });
    expect(before.body).not.toContain('p-bo');
    expect(before.body).not.toContain('Bo');
    const distribution = {
      counts: [0, 1, 0, 0, 1] as [number, number, number, number, number],
      dontKnow: 0,
      notApplicable: 0,
    };
    // Even if a distribution were published before the reveal, a phone would not get it.
    r.publish(openState({ votes: { 'p-ada': 1, 'p-bo': 4 }, distribution }));
    expect((await phone(r, { path: '/api/state?v=0', token: ada.token })).json().distribution).toBeNull();
    r.publish(openState({ open: false, revealed: true, votes: { 'p-ada': 1, 'p-bo': 4 }, distribution }));
    const after = (await phone(r, { path: '/api/state?v=0', token: ada.token })).json();
    expect(after).toMatchObject({ phase: 'revealed', myVote: 1, distribution });
  });
});

describe('stopping', () => {
  it('answers held requests, refuses ballots in flight, frees the port and forgets the room', async () => {
    const r = await open();
    const { token } = await join(r, 'p-ada');
    r.publish(openState());
    const first = (await phone(r, { path: '/api/state?v=0', token })).json();
    const held = phone(r, { path: `/api/state?v=${first.version}`, token });
    const ballot = phone(r, {
      path: '/api/ballot',
      token,
      json: { ballotId: 'b1', questionId: 'q1', round: 1, value: 2 },
    });
    await expect.poll(() => ballots.length).toBe(1);
    const port = r.info.port;
    await r.close();
    room = undefined;
    expect((await held).json()).toMatchObject({ phase: 'closed', question: null });
    expect((await ballot).json()).toEqual({ status: 'refused', reason: 'notOpen' });
    expect(await canConnect(ADDRESS, port)).toBe(false);
  });
});
