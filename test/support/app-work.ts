/**
 * Work the app's own code starts and a test could leave behind: timeouts, intervals, animation frames,
 * idle callbacks and window or document listeners. Each is recorded with where it was started; the jsdom
 * setup fails a test that leaves any pending once it has unmounted what it rendered, naming the line that
 * started it. Without this, such work fires after the test (or after the file's jsdom is gone, as
 * "window is not defined") and fails a run at random, depending on how busy the machine is.
 *
 * Only calls made directly from `renderer/` count: React, Dexie and Testing Library schedule their own
 * work and clean it up themselves.
 */

const APP_FRAME = /[/\\]renderer[/\\](?!.*node_modules)/;

export interface AppWork {
  /** What is still pending, one line each: "setTimeout started at record (…/VoteGrid.tsx:120:16)". */
  pending(): string[];
  /** Cancels everything still pending, so one test's leftovers never fire into the next. */
  stopAll(): void;
}

interface Open {
  line: string;
  stop(): void;
}

type Callback = (...args: never[]) => unknown;

/** Tracks on `win`; `isApp` says whether a stack frame is the app's code (its tests pass their own). */
export function trackAppWork(
  win: typeof globalThis & Window,
  isApp: (frame: string) => boolean = (frame) => APP_FRAME.test(frame),
): AppWork {
  const open = new Map<unknown, Open>();
  /** The app's source line that called a patched function, or null when the caller is not app code. */
  const appCaller = (): string | null => {
    // Frames: the Error, this function, the patched function, then its caller.
    const caller = new Error().stack?.split('\n')[3] ?? '';
    return isApp(caller) ? caller.trim().replace(/^at /, '') : null;
  };

  /** `start(callback, ...rest)` tracked from the call until `stop(id)`, or until the callback runs when `once`. */
  function patch<K extends keyof Window>(start: K, stop: keyof Window, once: boolean) {
    const original = (win[start] as (...args: unknown[]) => unknown).bind(win);
    const cancel = (win[stop] as (id: unknown) => void).bind(win);
    Object.assign(win, {
      [start]: (callback: Callback, ...rest: unknown[]) => {
        const where = appCaller();
        if (!where) return original(callback, ...rest);
        const run = (...args: never[]) => {
          if (once) open.delete(id);
          return callback(...args);
        };
        const id = original(typeof callback === 'function' ? run : callback, ...rest);
        open.set(id, { line: `${start} started at ${where}`, stop: () => cancel(id) });
        return id;
      },
      [stop]: (id: unknown) => {
        open.delete(id);
        cancel(id);
      },
    });
  }
  patch('setTimeout', 'clearTimeout', true);
  patch('setInterval', 'clearInterval', false);
  patch('requestAnimationFrame', 'cancelAnimationFrame', true);
  if (typeof win.requestIdleCallback === 'function') patch('requestIdleCallback', 'cancelIdleCallback', true);

  // Listeners, matched as the DOM matches them: by target, type, listener and capture.
  const listenerIds = new WeakMap<object, number>();
  let nextListener = 1;
  const listenerId = (listener: unknown) => {
    if (!listener || (typeof listener !== 'object' && typeof listener !== 'function')) return 0;
    if (!listenerIds.has(listener)) listenerIds.set(listener, nextListener++);
    return listenerIds.get(listener);
  };
  for (const [name, target] of [
    ['window', win],
    ['document', win.document],
  ] as const) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    const key = (type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
      `${name}:${type}:${typeof options === 'boolean' ? options : !!options?.capture}:${listenerId(listener)}`;
    target.addEventListener = (
      type: string,
      listener: unknown,
      options?: boolean | AddEventListenerOptions,
    ) => {
      const where = appCaller();
      if (where) {
        open.set(key(type, listener, options), {
          line: `${name} "${type}" listener added at ${where}`,
          stop: () => remove(type, listener as EventListener, options),
        });
      }
      add(type, listener as EventListener, options);
    };
    target.removeEventListener = (
      type: string,
      listener: unknown,
      options?: boolean | EventListenerOptions,
    ) => {
      open.delete(key(type, listener, options));
      remove(type, listener as EventListener, options);
    };
  }

  return {
    pending: () => [...open.values()].map((o) => o.line),
    stopAll() {
      for (const o of open.values()) o.stop();
      open.clear();
    },
  };
}

const teardowns = new Set<() => Promise<void>>();

/** Registers what a rendered app needs before its test may end (its writes finished, its database closed). */
export function onAppTeardown(teardown: () => Promise<void>): void {
  teardowns.add(teardown);
}

/** Runs the registered teardowns, once each: after the test has unmounted what it rendered. */
export async function settleApps(): Promise<void> {
  const pending = [...teardowns];
  teardowns.clear();
  await Promise.all(pending.map((teardown) => teardown()));
}
