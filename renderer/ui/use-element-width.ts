import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element, kept up to date: charts compute their geometry at the size they are
 * shown, so their text is drawn at its real size instead of being scaled with the picture.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const next = Math.round(el.getBoundingClientRect().width);
      if (next > 0) setWidth((current) => (Math.abs(current - next) >= 2 ? next : current));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
