/**
 * The addresses a room may listen on: one of this computer's own interface addresses, picked by the
 * facilitator. Never a wildcard (0.0.0.0, ::), which would open the room on every network at once, and
 * never an address the computer does not have.
 */
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { RoomAddress } from '../../../shared/ipc/room';

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

const WILDCARDS = new Set(['0.0.0.0', '::', '::0', '0:0:0:0:0:0:0:0', '::ffff:0.0.0.0']);

/**
 * The computer's addresses, the ones phones can reach first: IPv4 on a real interface, then IPv6 that is
 * not link-local (a browser cannot open a link-local address without its zone), then 127.0.0.1 for a
 * try-out on this computer only.
 */
export function listRoomAddresses(interfaces: Interfaces = networkInterfaces()): RoomAddress[] {
  const found: RoomAddress[] = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family === 'IPv6' && (info.internal || info.address.toLowerCase().startsWith('fe80')))
        continue;
      if (info.family === 'IPv4' && info.internal && info.address !== '127.0.0.1') continue;
      if (WILDCARDS.has(info.address)) continue;
      found.push({ name, address: info.address, family: info.family, internal: info.internal });
    }
  }
  const rank = (a: RoomAddress) => (a.internal ? 2 : a.family === 'IPv4' ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b));
}

/** Throws unless `address` is one of listRoomAddresses(): the server binds to nothing else. */
export function assertRoomAddress(address: string, interfaces: Interfaces = networkInterfaces()): void {
  if (WILDCARDS.has(address)) {
    throw new Error(`The room never listens on every interface (${address}); pick one address.`);
  }
  if (!listRoomAddresses(interfaces).some((a) => a.address === address)) {
    throw new Error(`${address} is not an address of this computer.`);
  }
}
