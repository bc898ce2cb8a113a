import { useEffect, useState } from 'react';
import { useRepositories } from './hooks';
import { watchWorkshop, type WorkshopView } from './workshop-watch';

// Its own module, imported by the session screen only: the live view stays out of the first screen's script.

/**
 * A live view of one workshop, for the session (see workshop-watch.ts): undefined until the question the
 * session shows has been read. A vote costs the view a read of its round; figures over the whole workshop wait
 * for `complete`.
 */
export function useWorkshopView(workshopId: string): WorkshopView | undefined {
  const repos = useRepositories();
  const [state, setState] = useState<{ view?: WorkshopView; error?: unknown }>({});
  useEffect(() => {
    const watch = watchWorkshop(
      repos,
      workshopId,
      (view) => setState({ view }),
      (error) => setState({ error }),
    );
    return () => watch.close();
  }, [repos, workshopId]);
  if (state.error !== undefined) throw state.error;
  return state.view?.workshopId === workshopId ? state.view : undefined;
}
