// What the back of the room can read: text measured as drawn.
import type { Page } from 'playwright-core';

/**
 * Visible text inside `within` (the reveal panel unless told) rendered smaller than `min` px, SVG text
 * scaled with its picture: "text (size)" per offender.
 */
export async function smallResultLabels(
  page: Page,
  min: number,
  within = 'section.reveal-panel',
): Promise<string[]> {
  return page.evaluate(
    ({ min, within }) => {
      const panel = document.querySelector(within);
      if (!panel) return [];
      const small: string[] = [];
      const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        const text = node.textContent?.trim() ?? '';
        if (!el || text === '' || el.closest('.visually-hidden, title, [aria-hidden="true"]')) continue;
        let size = parseFloat(getComputedStyle(el).fontSize);
        const svg = el.closest('svg');
        if (svg) size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        if (size < min - 0.5) small.push(`${text} (${size.toFixed(1)} px)`);
      }
      return small;
    },
    { min, within },
  );
}
