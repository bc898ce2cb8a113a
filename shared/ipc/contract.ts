/**
 * The IPC contract between the renderer and the desktop shell.
 *
 * One entry per channel: the bridge method name (what the renderer calls), the channel name (what travels
 * over IPC, `<area>:<action>`) and the zod schema of its payload. Requests go renderer → main as invokes
 * (IPC_CHANNELS); the few messages main pushes to the page have their own map (IPC_EVENTS) and a bridge
 * method each that subscribes a listener. The main process validates every request with these schemas; the
 * preload checks requests before sending and pushed payloads before handing them to the page, so a
 * malformed message fails where it was made. The same `DesktopApi` is implemented by the browser build
 * (renderer/platform/browser.ts), so every feature works in both.
 */
import { z } from '../zod';

import { MAX_FILE_BYTES, MAX_FILE_NAME_LENGTH, MAX_FILTERS } from './limits';
import {
  openRoomRequestSchema,
  roomAcksSchema,
  roomBallotSchema,
  roomDeviceDecisionSchema,
  roomQuestionStateSchema,
  roomStatusSchema,
  type OpenRoomRequest,
  type RoomAck,
  type RoomAcks,
  type RoomAddress,
  type RoomBallot,
  type RoomDeviceDecision,
  type RoomInfo,
  type RoomQuestionState,
  type RoomStatus,
} from './room';

export { MAX_FILE_BYTES, MAX_FILE_NAME_LENGTH, MAX_FILTERS };
export type {
  OpenRoomRequest,
  RoomAck,
  RoomAcks,
  RoomAddress,
  RoomBallot,
  RoomDeviceDecision,
  RoomInfo,
  RoomQuestionState,
  RoomStatus,
};

export interface AppInfo {
  name: string;
  version: string;
  /** Where the app runs: the desktop shell or a plain browser (downloads instead of dialogs). */
  runtime: 'electron' | 'browser';
}

/** A file type offered in the native dialog, e.g. `{ name: 'Workshop', extensions: ['json'] }`. */
export interface FileFilter {
  name: string;
  /** Extensions without the dot. */
  extensions: string[];
}

export interface SaveFileRequest {
  bytes: Uint8Array;
  /** A bare file name (no folders): the user picks the folder in the dialog. */
  suggestedName: string;
  filters: FileFilter[];
}

/** `fileName` is the name the user chose (no folder: the renderer has no use for local paths). */
export type SaveFileResult = { saved: true; fileName: string } | { saved: false };

export interface OpenFileRequest {
  filters: FileFilter[];
}

/** `null` when the user cancelled. */
export type OpenFileResult = { name: string; bytes: Uint8Array } | null;

/** Opens (or brings forward) the audience's window on a workshop's projector view. */
export interface OpenProjectorRequest {
  workshopId: string;
}

/** What the renderer may ask of the desktop shell: one method per channel, nothing generic. */
export interface DesktopRequests {
  getAppInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  /** The addresses of this computer a room can listen on. */
  listRoomAddresses(): Promise<RoomAddress[]>;
  /** Opens the room on one address (closing any room already open). */
  openRoom(request: OpenRoomRequest): Promise<RoomInfo>;
  closeRoom(): Promise<void>;
  getRoomStatus(): Promise<RoomStatus>;
  /** What phones may see now: the question open for phone voting, the reveal, each one's own vote. */
  publishRoomState(state: RoomQuestionState): Promise<void>;
  /** Tells the phones that sent these ballots whether the database committed them. */
  ackRoomBallots(acks: RoomAcks): Promise<void>;
  decideRoomDevice(decision: RoomDeviceDecision): Promise<void>;
  openProjector(request: OpenProjectorRequest): Promise<void>;
}

/** What the desktop shell pushes to the page, by bridge method: the payload each listener receives. */
export interface DesktopEvents {
  /** A phone's ballot, to be committed like a typed vote and then acknowledged. */
  onRoomBallot: RoomBallot;
  /** Devices joined, waiting for confirmation, connected or gone; the room opened or closed. */
  onRoomStatus: RoomStatus;
}

/** Subscribes a listener; the returned function unsubscribes it. */
export type Subscribe<T> = (listener: (payload: T) => void) => () => void;

export type DesktopApi = DesktopRequests & { [E in keyof DesktopEvents]: Subscribe<DesktopEvents[E]> };

export type DesktopApiMethod = keyof DesktopRequests;
export type DesktopApiEvent = keyof DesktopEvents;
export type RequestOf<M extends DesktopApiMethod> =
  Parameters<DesktopRequests[M]> extends [infer R] ? R : undefined;
export type ResponseOf<M extends DesktopApiMethod> = Awaited<ReturnType<DesktopRequests[M]>>;

// Windows forbids these in names; `/` and `\` would let a name point into another folder.
const FORBIDDEN_NAME_CHARACTERS = /[/\\:*?"<>|]/;
const hasControlCharacter = (name: string) => [...name].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f');

export const fileNameSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_FILE_NAME_LENGTH, `must be at most ${MAX_FILE_NAME_LENGTH} characters`)
  .refine((name) => !FORBIDDEN_NAME_CHARACTERS.test(name) && !hasControlCharacter(name), {
    message: 'must be a bare file name without path separators or reserved characters',
  })
  .refine((name) => name.trim() === name && name !== '.' && name !== '..' && !name.endsWith('.'), {
    message: 'must not be "." or "..", nor start or end with spaces or end with a dot',
  });

const extensionSchema = z
  .string()
  .regex(/^[A-Za-z0-9]{1,10}$/, 'an extension is 1–10 letters or digits, without the dot');

export const fileFilterSchema = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z.array(extensionSchema).min(1).max(10),
  })
  .strict();

const filtersSchema = z.array(fileFilterSchema).max(MAX_FILTERS);

/**
 * Bytes arrive as a Uint8Array from the page, through the context bridge, or over IPC; each hop may be a
 * different JavaScript realm, so the check is on the tag, not `instanceof`.
 */
export const bytesSchema = z.custom<Uint8Array>(
  (value) => ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]',
  { message: 'must be a Uint8Array' },
);

export const saveFileRequestSchema = z
  .object({
    bytes: bytesSchema.refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, {
      message: `must be at most ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    }),
    suggestedName: fileNameSchema,
    filters: filtersSchema,
  })
  .strict();

export const openFileRequestSchema = z.object({ filters: filtersSchema }).strict();

/** Workshop ids are UUIDs; anything that could leave the route's path segment is refused. */
export const openProjectorRequestSchema = z
  .object({ workshopId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be a workshop id') })
  .strict();

interface ChannelSpec<Request> {
  channel: `${string}:${string}`;
  request: z.ZodType<Request>;
}

/** The channel map. Adding a method to `DesktopApi` without a channel here does not compile. */
export const IPC_CHANNELS = {
  getAppInfo: { channel: 'app:get-info', request: z.undefined() },
  saveFile: { channel: 'file:save-dialog', request: saveFileRequestSchema },
  openFile: { channel: 'file:open-dialog', request: openFileRequestSchema },
  listRoomAddresses: { channel: 'room:list-addresses', request: z.undefined() },
  openRoom: { channel: 'room:open', request: openRoomRequestSchema },
  closeRoom: { channel: 'room:close', request: z.undefined() },
  getRoomStatus: { channel: 'room:get-status', request: z.undefined() },
  publishRoomState: { channel: 'room:publish-state', request: roomQuestionStateSchema },
  ackRoomBallots: { channel: 'room:ack-ballots', request: roomAcksSchema },
  decideRoomDevice: { channel: 'room:decide-device', request: roomDeviceDecisionSchema },
  openProjector: { channel: 'projector:open', request: openProjectorRequestSchema },
} as const satisfies { [M in DesktopApiMethod]: ChannelSpec<RequestOf<M>> };

export type IpcChannel = (typeof IPC_CHANNELS)[DesktopApiMethod]['channel'];

/** Main → page messages: the channel (named for what happened) and the schema of its payload. */
export const IPC_EVENTS = {
  onRoomBallot: { channel: 'room:ballot-received', payload: roomBallotSchema },
  onRoomStatus: { channel: 'room:status-changed', payload: roomStatusSchema },
} as const satisfies {
  [E in DesktopApiEvent]: { channel: `${string}:${string}`; payload: z.ZodType<DesktopEvents[E]> };
};

/** The bridge methods, listed on their own so a test can compare them with each implementation. */
export const DESKTOP_API_METHODS = [
  'getAppInfo',
  'saveFile',
  'openFile',
  'listRoomAddresses',
  'openRoom',
  'closeRoom',
  'getRoomStatus',
  'publishRoomState',
  'ackRoomBallots',
  'decideRoomDevice',
  'openProjector',
] as const;
export const DESKTOP_API_EVENTS = ['onRoomBallot', 'onRoomStatus'] as const;

// Compile-time: the lists name every method of DesktopApi and nothing else.
type Missing = Exclude<DesktopApiMethod, (typeof DESKTOP_API_METHODS)[number]>;
type Extra = Exclude<(typeof DESKTOP_API_METHODS)[number], DesktopApiMethod>;
type MissingEvent = Exclude<DesktopApiEvent, (typeof DESKTOP_API_EVENTS)[number]>;
type ExtraEvent = Exclude<(typeof DESKTOP_API_EVENTS)[number], DesktopApiEvent>;
const _methodsComplete: [Missing, Extra, MissingEvent, ExtraEvent] extends [never, never, never, never]
  ? true
  : never = true;
void _methodsComplete;

/** Formats zod issues as one readable line, e.g. `suggestedName: must be a bare file name …`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
