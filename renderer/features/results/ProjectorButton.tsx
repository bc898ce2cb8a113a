import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslator } from '../../app/i18n';
import { getPlatform } from '../../platform';
import type { Slide } from '../../../shared/projector/messages';
import { useProjectorFeed } from '../projector/use-projector-feed';

interface Projecting {
  workshopId: string;
  /** Whether the results screen drives the projector: each view then sends what it shows. */
  on: boolean;
  setOn(on: boolean): void;
  show(slide: Slide): void;
}

const ProjectorContext = createContext<Projecting>({
  workshopId: '',
  on: false,
  setOn: () => undefined,
  show: () => undefined,
});

/**
 * The results screen's link to the projector: "Open projector" opens the audience's window (a second
 * window in the desktop app, a second tab in the browser); "Show on projector" makes the view on screen
 * (its filter, its comparison) the audience's slide, following every change until switched off.
 */
export function ProjectorProvider({ workshopId, children }: { workshopId: string; children: ReactNode }) {
  const [on, setOn] = useState(false);
  const [slide, setSlide] = useState<Slide | null>(null);
  useProjectorFeed(workshopId, on ? slide : null);
  const value = useMemo(() => ({ workshopId, on, setOn, show: setSlide }), [workshopId, on]);
  return <ProjectorContext.Provider value={value}>{children}</ProjectorContext.Provider>;
}

export function ProjectorControls() {
  const { t } = useTranslator();
  const { workshopId, on, setOn } = useContext(ProjectorContext);
  return (
    <div className="projector-controls">
      <button type="button" onClick={() => void getPlatform().openProjector({ workshopId })}>
        {t('results.projector.open')}
      </button>
      <button type="button" aria-pressed={on} onClick={() => setOn(!on)}>
        {t('results.projector.show')}
      </button>
    </div>
  );
}

/** Whether the projector follows the results screen: views build their slide only then. */
export function useProjecting(): boolean {
  return useContext(ProjectorContext).on;
}

/** Sends a view's slide (built while `useProjecting()` is true, else null) to the projector. */
export function useShowOnProjector(slide: Slide | null): void {
  const { show } = useContext(ProjectorContext);
  useEffect(() => {
    if (slide) show(slide);
  }, [slide, show]);
}
