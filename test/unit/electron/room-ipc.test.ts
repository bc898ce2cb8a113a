/**
 * The room over IPC: every room request of the contract reaches the room host only from the app's page and
 * with a valid payload; what the room pushes goes to the app's window on the event's own channel.
 */
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';
import { registerRoomIpc } from '../../../electron/main/ipc/room';
import type { RoomHost } from '../../../electron/server/room/room-host';
import { fakeIpcMain } from './support/fake-ipc';

function fakeHost() {
  let listener: Parameters<RoomHost['setListener']>[0] = null;
  const host = {
    listRoomAddresses: vi.fn(async () => [
      { name: 'lo', address: '127.0.0.1', family: 'IPv4', internal: true },
    ]),
    openRoom: vi.fn(),
    closeRoom: vi.fn(async () => undefined),
    getRoomStatus: vi.fn(async () => ({ room: null, devices: [], inFlight: 0, published: null })),
    publishRoomState: vi.fn(async () => undefined),
    ackRoomBallots: vi.fn(async () => undefined),
    decideRoomDevice: vi.fn(async () => undefined),
    setListener: (next: typeof listener) => (listener = next),
    shutdown: vi.fn(),
  } as unknown as RoomHost;
  return { host, emit: (...args: Parameters<NonNullable<typeof listener>>) => listener?.(...args) };
}

describe('room IPC', () => {
  it('registers every room channel and forwards checked requests to the room host', async () => {
    const ipc = fakeIpcMain();
    const { host } = fakeHost();
    registerRoomIpc(ipc.ipcMain, host, () => null);
    const roomChannels = Object.values(IPC_CHANNELS)
      .map((spec) => spec.channel)
      .filter((channel) => channel.startsWith('room:'));
    expect([...ipc.handlers.keys()].sort()).toEqual(roomChannels.sort());

    const acks = { acks: [{ ballotId: 'b1', outcome: 'recorded' }] };
    await ipc.invoke('room:ack-ballots', [acks]);
    expect(host.ackRoomBallots).toHaveBeenCalledWith(acks);
    await expect(
      ipc.invoke('room:ack-ballots', [{ acks: [{ ballotId: 'b1', outcome: 'maybe' }] }]),
    ).rejects.toThrow(/room:ack-ballots: invalid request: acks\.0\.outcome/);
    await expect(
      ipc.invoke('room:open', [
        { address: '0.0.0.0', workshopId: 'w1', title: 't', participants: [], extra: 1 },
      ]),
    ).rejects.toThrow(/room:open: invalid request/);
    await expect(
      ipc.invoke('room:close', [], { url: 'https://evil.example/', parent: null }),
    ).rejects.toThrow(/refused, the sender is not the app page/);
    expect(host.openRoom).not.toHaveBeenCalled();
    expect(host.closeRoom).not.toHaveBeenCalled();
  });

  it('pushes ballots and status to the app window on their own channels', () => {
    const ipc = fakeIpcMain();
    const { host, emit } = fakeHost();
    const send = vi.fn();
    let window: { send: typeof send } | null = null;
    registerRoomIpc(ipc.ipcMain, host, () => window);
    const ballot = {
      ballotId: 'b1',
      workshopId: 'w1',
      questionId: 'q1',
      round: 1,
      participantId: 'p1',
      value: 2 as const,
    };
    emit('onRoomBallot', ballot);
    expect(send).not.toHaveBeenCalled();
    window = { send };
    emit('onRoomBallot', ballot);
    emit('onRoomStatus', { room: null, devices: [], inFlight: 0, published: null });
    expect(send.mock.calls).toEqual([
      ['room:ballot-received', ballot],
      ['room:status-changed', { room: null, devices: [], inFlight: 0, published: null }],
    ]);
  });
});
