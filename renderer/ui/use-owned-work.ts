import { useEffect, useState } from 'react';

export interface OwnedWork {
  /** True while the component is mounted: a promise continuation checks it before it updates anything. */
  alive(): boolean;
  /** `window.setTimeout` owned by the component: cleared when it unmounts, never started after. */
  later(run: () => void, ms: number): void;
}

/**
 * Work a component starts must not outlive it: a timer firing after an unmount (or after a test's
 * window is gone) updates nothing anyone sees, or throws. Every timeout a component schedules and
 * every continuation of a promise it awaits goes through this.
 */
export function useOwnedWork(): OwnedWork {
  const [owner] = useState(() => {
    let mounted = false;
    const timers = new Set<number>();
    return {
      work: {
        alive: () => mounted,
        later(run: () => void, ms: number) {
          if (!mounted) return;
          const id = window.setTimeout(() => {
            timers.delete(id);
            run();
          }, ms);
          timers.add(id);
        },
      } satisfies OwnedWork,
      mount() {
        mounted = true;
        return () => {
          mounted = false;
          for (const id of timers) window.clearTimeout(id);
          timers.clear();
        };
      },
    };
  });
  useEffect(() => owner.mount(), [owner]);
  return owner.work;
}
