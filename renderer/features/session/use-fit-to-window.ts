import { useLayoutEffect, type RefObject } from 'react';

/** The least room worth a scrolling box (a few lines of figures): with less, the page scrolls instead. */
const FLOOR_PX = 96;

/**
 * Keeps an element's bottom within the window: when everything above it plus its content would run past
 * the bottom of the screen, it gets a height that ends there and scrolls on its own (and joins the Tab
 * order, so the keyboard can scroll it too). The results of a reveal use it for their figures, so the page
 * itself never scrolls: the question, the verdict and the chart stay in view. It is measured after every
 * render and again when the window or the element just above the panel (the decision, which grows while
 * it is edited) changes size. On a window too short for even a few lines there, nothing is cut.
 */
export function useFitToWindow(ref: RefObject<HTMLElement | null>, above: () => Element | null): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      el.style.maxHeight = '';
      const box = el.getBoundingClientRect();
      // What must stay under the element: the rest of its panel (padding, border) and the screen's
      // bottom padding, measured while nothing is cut.
      const panel = el.parentElement?.closest('section')?.getBoundingClientRect();
      const screen = el.closest('main');
      const below =
        (panel ? panel.bottom - box.bottom : 0) +
        (screen ? parseFloat(getComputedStyle(screen).paddingBottom) || 0 : 0);
      const room = window.innerHeight - (box.top + window.scrollY) - below;
      const cut = box.height > room + 0.5 && room >= FLOOR_PX;
      if (cut) el.style.maxHeight = `${Math.floor(room)}px`;
      el.tabIndex = cut ? 0 : -1;
      el.toggleAttribute('data-cut', cut);
    };
    fit();
    // A change of size is answered in the next frame, never inside the observer's own delivery.
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    };
    window.addEventListener('resize', later);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(later);
    const neighbour = above();
    if (observer && neighbour) observer.observe(neighbour);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', later);
      observer?.disconnect();
    };
  });
}
