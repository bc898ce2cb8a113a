import {
  parseProjectorMessage,
  projectorChannelName,
  type ProjectorMessage,
} from '../../../shared/projector/messages';

export interface ProjectorChannel {
  post(message: ProjectorMessage): void;
  /** Only well-formed messages of this workshop reach the listener. */
  listen(listener: (message: ProjectorMessage) => void): () => void;
  close(): void;
}

/**
 * The line between the facilitator's window and the projector's: a BroadcastChannel of the app's origin,
 * in the browser (two tabs) as in the desktop app (two windows of the same app:// origin and session).
 * Null where BroadcastChannel does not exist, so callers simply show no projector.
 */
export function openProjectorChannel(workshopId: string): ProjectorChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(projectorChannelName(workshopId));
  return {
    post: (message) => channel.postMessage(message),
    listen(listener) {
      const onMessage = (event: MessageEvent) => {
        const message = parseProjectorMessage(event.data);
        if (message && message.workshopId === workshopId) listener(message);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close: () => channel.close(),
  };
}
