// Phone ballots on the facilitator's side: each goes through the session's write line like a typed vote,
// is acknowledged only after IndexedDB committed it, is recorded once however often it is delivered, and
// is refused (and says why) when its round was revealed or is not open for phones.
import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../../renderer/store/app-store';
import { createTranslator } from '../../../../shared/i18n';
import type {
  DesktopApi,
  RoomAck,
  RoomBallot,
  RoomQuestionState,
  RoomStatus,
} from '../../../../shared/ipc/contract';
import { databaseWithWorkshop, storedVotes } from '../db/db-harness';

function fakePlatform() {
  let onBallot: (ballot: RoomBallot) => void = () => undefined;
  const acks: RoomAck[] = [];
  const status: RoomStatus = {
    room: {
      workshopId: '',
      address: '127.0.0.1',
      port: 1,
      joinUrl: '',
      typedUrl: '',
      code: 'ABCDEF',
      links: [],
      shareDistribution: false,
    },
    devices: [],
    inFlight: 0,
    published: null,
  };
  const platform = {
    onRoomBallot: (listener: (ballot: RoomBallot) => void) => {
      onBallot = listener;
      return () => undefined;
    },
    onRoomStatus: () => () => undefined,
    getRoomStatus: vi.fn(async () => status),
    publishRoomState: vi.fn(async () => undefined),
    ackRoomBallots: vi.fn(async (batch: { acks: RoomAck[] }) => void acks.push(...batch.acks)),
  } as unknown as DesktopApi;
  return { platform, status, acks, deliver: (ballot: RoomBallot) => onBallot(ballot) };
}

async function setup() {
  const { db, repos, w } = await databaseWithWorkshop('ballots');
  const ana = await repos.people.addParticipant(w.id, { displayName: 'Ana', teamId: null, role: null });
  // A question of the workshop's set: undo refuses a step about a question no longer in it.
  const q1 = w.settings.questionIds[0]!;
  const fake = fakePlatform();
  fake.status.room!.workshopId = w.id;
  const { t } = createTranslator('en');
  const store = createAppStore({ repos, t, initialHash: '', platform: fake.platform });
  store.getState().attachRoom();
  await vi.waitFor(() => expect(store.getState().room.room).not.toBeNull());
  const open = (over: Partial<RoomQuestionState> = {}) =>
    store.getState().publishRoom({
      workshopId: w.id,
      // The slice reads the question's id only; the rest is the server's business.
      question: { id: q1 } as RoomQuestionState['question'],
      round: 1,
      open: true,
      revealed: false,
      votes: {},
      distribution: null,
      ...over,
    });
  const ballot = (ballotId: string, value: RoomBallot['value'], round = 1): RoomBallot => ({
    ballotId,
    workshopId: w.id,
    questionId: q1,
    round,
    participantId: ana.id,
    value,
  });
  return { db, w, q1, store, fake, open, ballot };
}

describe('phone ballots', () => {
  it('are acknowledged only after the commit, once however often they arrive', async () => {
    const { db, fake, open, ballot } = await setup();
    // A ballot that comes before the page published anything waits for it.
    fake.deliver(ballot('b1', 3));
    expect(fake.acks).toEqual([]);
    await open();
    await vi.waitFor(() => expect(fake.acks).toEqual([{ ballotId: 'b1', outcome: 'recorded' }]));
    expect(await storedVotes(db)).toMatchObject([{ value: 3, ballotId: 'b1' }]);
    // Sent again (the acknowledgement was lost): the same answer, no second vote nor undo step.
    fake.deliver(ballot('b1', 3));
    await vi.waitFor(() => expect(fake.acks).toHaveLength(2));
    expect(fake.acks[1]).toEqual({ ballotId: 'b1', outcome: 'recorded' });
    expect((await storedVotes(db)).length).toBe(1);
    expect(await db.journal.count()).toBe(1);
  });

  it('are refused when the round was revealed, or when the question is not open for phones', async () => {
    const { db, w, q1, store, fake, open, ballot } = await setup();
    await open();
    await store.getState().reveal(w.id, q1, 1);
    fake.deliver(ballot('b2', 1));
    await vi.waitFor(() =>
      expect(fake.acks).toEqual([{ ballotId: 'b2', outcome: 'refused', reason: 'revealed' }]),
    );
    await open({ open: false });
    fake.deliver(ballot('b3', 1, 2));
    await vi.waitFor(() => expect(fake.acks).toHaveLength(2));
    expect(fake.acks[1]).toEqual({ ballotId: 'b3', outcome: 'refused', reason: 'notOpen' });
    expect((await storedVotes(db)).length).toBe(0);
    // Neither refusal is the facilitator's concern: no notice.
    expect(store.getState().notices).toEqual([]);
  });

  it('can be undone like a typed vote', async () => {
    const { db, w, store, fake, open, ballot } = await setup();
    await open();
    fake.deliver(ballot('b4', 2));
    await vi.waitFor(() => expect(fake.acks).toHaveLength(1));
    await store.getState().undo(w.id, () => 'undone');
    expect((await storedVotes(db)).length).toBe(0);
  });
});
