import { addMessages } from '../../shared/i18n';

let loading: Promise<void> | undefined;

/**
 * The messages of every screen but the first: one chunk, loaded with the first screen that needs it
 * (see lazyScreen). A failed load is forgotten, so opening the screen again tries again.
 */
export function loadScreenMessages(): Promise<void> {
  loading ??= import('../../shared/i18n/en/screens').then(
    (module) => addMessages(module.screenMessages),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
