import type { DesktopApi } from '../../shared/ipc/contract';

export type {
  AppInfo,
  DesktopApi,
  FileFilter,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
} from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser build. */
    api?: DesktopApi;
  }
}
