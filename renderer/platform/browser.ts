/**
 * DesktopApi for a plain browser (the web build and the e2e tests): saving downloads the file, opening
 * uses a file input. The browser cannot tell whether the user kept the download, so a save reports
 * `saved: true` once the download is handed over.
 */
import { APP_NAME, APP_VERSION } from '../../shared/ipc/app-identity';
import type {
  DesktopApi,
  DesktopApiEvent,
  DesktopEvents,
  FileFilter,
  OpenFileResult,
  SaveFileResult,
} from '../../shared/ipc/contract';
import { MAX_FILE_BYTES } from '../../shared/ipc/limits';
import { LocalizedError } from '../../shared/i18n';

/** `accept` attribute for a file input: ".json,.csv". */
export function acceptAttribute(filters: FileFilter[]): string {
  return filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');
}

/** The room module loads with its schemas on first use: the first screen needs neither. */
const room = () => import('./browser-room');

/** Subscribes once the room module is loaded; unsubscribing before that cancels the subscription. */
function lazySubscription<E extends DesktopApiEvent>(
  event: E,
  listener: (payload: DesktopEvents[E]) => void,
) {
  let stop: (() => void) | null = null;
  let cancelled = false;
  void room().then((module) => {
    if (!cancelled) stop = module.subscribe(event, listener);
  });
  return () => {
    cancelled = true;
    stop?.();
  };
}

export function createBrowserPlatform(doc: Document = document): DesktopApi {
  return {
    listRoomAddresses: async () => (await room()).request('listRoomAddresses'),
    openRoom: async (request) => (await room()).request('openRoom', request),
    closeRoom: async () => (await room()).request('closeRoom'),
    getRoomStatus: async () => (await room()).request('getRoomStatus'),
    publishRoomState: async (state) => (await room()).request('publishRoomState', state),
    ackRoomBallots: async (acks) => (await room()).request('ackRoomBallots', acks),
    decideRoomDevice: async (decision) => (await room()).request('decideRoomDevice', decision),
    onRoomBallot: (listener) => lazySubscription('onRoomBallot', listener),
    onRoomStatus: (listener) => lazySubscription('onRoomStatus', listener),

    getAppInfo: async () => ({ name: APP_NAME, version: APP_VERSION, runtime: 'browser' }),

    // A second tab (or window) of the same page: the projector view follows the facilitator over a
    // BroadcastChannel. Named per workshop, so asking again brings the same tab back instead of a new one.
    openProjector: async ({ workshopId }) => {
      const view = doc.defaultView;
      if (!view) return;
      const url = `${view.location.pathname}${view.location.search}#/workshops/${encodeURIComponent(workshopId)}/projector`;
      view.open(url, `ospo-projector-${workshopId}`)?.focus();
    },

    saveFile: async ({ bytes, suggestedName }): Promise<SaveFileResult> => {
      const url = URL.createObjectURL(new Blob([bytes.slice()]));
      const link = doc.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.hidden = true;
      doc.body.append(link);
      try {
        link.click();
      } finally {
        link.remove();
        // Revoking at once can cancel the download in some browsers; a moment later is safe.
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      }
      return { saved: true, fileName: suggestedName };
    },

    openFile: ({ filters }) =>
      new Promise<OpenFileResult>((resolve, reject) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = acceptAttribute(filters);
        input.hidden = true;
        const finish = () => input.remove();
        input.addEventListener('cancel', () => {
          finish();
          resolve(null);
        });
        input.addEventListener('change', () => {
          finish();
          const file = input.files?.[0];
          if (!file) return resolve(null);
          if (file.size > MAX_FILE_BYTES) {
            const max = MAX_FILE_BYTES / 1024 / 1024;
            return reject(new LocalizedError('error.file.tooLarge', { name: file.name, max }));
          }
          file.arrayBuffer().then(
            (buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }),
            (error: unknown) =>
              reject(new LocalizedError('error.file.unreadable', { name: file.name }, { cause: error })),
          );
        });
        doc.body.append(input);
        input.click();
      }),
  };
}
