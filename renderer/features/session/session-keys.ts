/**
 * The session screen's keys: which key presses belong to the screen (not to a text field, a dialog or
 * the pass-the-device cover), and whether focus may be moved without taking it from something the
 * facilitator is using.
 */

function isTyping(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (el as HTMLElement).isContentEditable;
}

/** Dialogs and the pass-the-device cover keep their keys and their focus. */
function inOverlay(el: Element | null): boolean {
  return !!el?.closest('[role="dialog"], [role="alertdialog"], .pass-device');
}

/** Focus may move to the vote grid: the facilitator is not typing in a field nor inside a dialog. */
export function focusIsFree(): boolean {
  const active = document.activeElement;
  return (
    !isTyping(active) && !inOverlay(active) && !document.querySelector('.pass-device, [aria-modal="true"]')
  );
}

/** A key press the session screen may act on: not typed into a field, not inside a dialog, not handled. */
export function isScreenKey(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  return !event.defaultPrevented && !isTyping(target) && !inOverlay(target) && focusIsFree();
}

/** A one-letter shortcut of the screen (G, D, P…): that letter in either case, without Ctrl, Cmd or Alt. */
export function isLetterKey(event: KeyboardEvent, letter: string): boolean {
  return (
    event.key.toLowerCase() === letter &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    isScreenKey(event)
  );
}

/** Keys that record a vote when the grid has them: 0–4, ? and n (Backspace only inside the grid). */
export function isVoteKey(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return /^[0-4?nN]$/.test(event.key);
}
