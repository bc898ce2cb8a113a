/**
 * The one way to answer the renderer. `handle()` registers a channel of the contract on ipcMain and, before
 * the handler runs, checks that the message comes from the app's own top-level page and that the payload
 * matches the channel's schema. A rejected call fails with a message that names the channel and the problem.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  IPC_CHANNELS,
  describeIssues,
  type DesktopApiMethod,
  type RequestOf,
  type ResponseOf,
} from '../../shared/ipc/contract';
import { isAppUrl } from './origin';

export type IpcRegistrar = Pick<IpcMain, 'handle'>;

export type IpcHandler<M extends DesktopApiMethod> = (
  request: RequestOf<M>,
  event: IpcMainInvokeEvent,
) => Promise<ResponseOf<M>> | ResponseOf<M>;

export class IpcRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcRequestError';
  }
}

/** Only the app's own pages may call the bridge; a frame with any other URL is refused. */
export function isTrustedSender(frameUrl: string | undefined | null): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl);
}

type SenderFrame = { url: string; parent: unknown } | null | undefined;

/** Throws IpcRequestError unless the sender is the app's top-level page. */
export function assertTrustedSender(channel: string, senderFrame: SenderFrame): void {
  if (senderFrame === null || senderFrame === undefined) {
    throw new IpcRequestError(`${channel}: refused, the sending frame is gone`);
  }
  if (senderFrame.parent !== null || !isTrustedSender(senderFrame.url)) {
    throw new IpcRequestError(`${channel}: refused, the sender is not the app page (${senderFrame.url})`);
  }
}

/** Parses a payload with the channel's schema; throws IpcRequestError naming each problem. */
export function validateRequest<M extends DesktopApiMethod>(method: M, payload: unknown): RequestOf<M> {
  const { channel, request } = IPC_CHANNELS[method];
  const result = request.safeParse(payload);
  if (!result.success) {
    throw new IpcRequestError(`${channel}: invalid request: ${describeIssues(result.error)}`);
  }
  return result.data as RequestOf<M>;
}

export function handle<M extends DesktopApiMethod>(
  ipcMain: IpcRegistrar,
  method: M,
  handler: IpcHandler<M>,
): void {
  const { channel } = IPC_CHANNELS[method];
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    assertTrustedSender(channel, event.senderFrame);
    if (args.length > 1)
      throw new IpcRequestError(`${channel}: invalid request: expected at most one argument`);
    const request = validateRequest(method, args[0]);
    return handler(request, event);
  });
}
