import type { AppState } from './app-store';

export const selectRoute = (s: AppState) => s.route;
export const selectNavigate = (s: AppState) => s.navigate;
export const selectTheme = (s: AppState) => s.theme;
export const selectSetTheme = (s: AppState) => s.setTheme;
export const selectLocale = (s: AppState) => s.locale;
export const selectNotices = (s: AppState) => s.notices;
export const selectDismissNotice = (s: AppState) => s.dismiss;
export const selectCreateWorkshop = (s: AppState) => s.createWorkshop;
export const selectRenameWorkshop = (s: AppState) => s.renameWorkshop;
export const selectDeleteWorkshop = (s: AppState) => s.deleteWorkshop;
export const selectOpenWorkshop = (s: AppState) => s.openWorkshop;
export const selectNotify = (s: AppState) => s.notify;
