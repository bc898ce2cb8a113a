/** A few lines of DOM building, so the page needs no framework. Text is always set as text, never as HTML. */
type Child = Node | string | null | undefined | false;

export function h(
  tag: string,
  attrs: Record<string, string | boolean | ((event: Event) => void) | undefined> = {},
  ...children: Child[]
): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/**
 * Replaces the page's content. Focus goes to the element marked `data-focus` (or to the heading), so a
 * screen reader announces the new screen; when only the status changed, focus stays where it was.
 */
export function show(root: HTMLElement, screen: string, content: Node[]): void {
  const keep = root.dataset.screen === screen ? document.activeElement?.getAttribute('data-key') : null;
  root.replaceChildren(...content);
  const same = root.dataset.screen === screen;
  root.dataset.screen = screen;
  const target = keep
    ? root.querySelector<HTMLElement>(`[data-key="${CSS.escape(keep)}"]`)
    : same
      ? null
      : (root.querySelector<HTMLElement>('[data-focus]') ?? root.querySelector<HTMLElement>('h1'));
  if (target) {
    if (target.tagName === 'H1') target.tabIndex = -1;
    target.focus({ preventScroll: !same && target.tagName !== 'H1' });
  }
}
