import { useEffect, useRef } from 'react';
import type { Slide } from '../../../shared/projector/messages';
import { openProjectorChannel, type ProjectorChannel } from './projector-channel';

/**
 * Sends the facilitator's current slide to the projector: whenever it changes, and again when a
 * projector opens (or reloads) and says hello. `slide` null sends nothing: the projector keeps what it
 * shows. Slides are compared by content, so a re-render with the same slide sends nothing new.
 */
export function useProjectorFeed(workshopId: string, slide: Slide | null): void {
  const channel = useRef<ProjectorChannel | null>(null);
  const latest = useRef<{ json: string; slide: Slide } | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    const opened = openProjectorChannel(workshopId);
    channel.current = opened;
    const stop = opened?.listen((message) => {
      if (message.type === 'hello' && latest.current) {
        opened.post({ type: 'slide', workshopId, seq: ++seq.current, slide: latest.current.slide });
      }
    });
    return () => {
      stop?.();
      opened?.close();
      channel.current = null;
    };
  }, [workshopId]);

  useEffect(() => {
    if (slide === null) return;
    const json = JSON.stringify(slide);
    if (latest.current?.json === json) return;
    latest.current = { json, slide };
    channel.current?.post({ type: 'slide', workshopId, seq: ++seq.current, slide });
  }, [slide, workshopId]);
}
