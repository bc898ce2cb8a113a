// The jsdom setup fails a test that leaves the app's timers or listeners behind; this checks the tracker
// it relies on, over a stand-in window.
import { describe, expect, it } from 'vitest';
import { trackAppWork } from '../../support/app-work';

/** A stand-in window; `isApp` decides which callers count as app code. */
function standInWindow(isApp: (frame: string) => boolean) {
  const win = Object.assign(new EventTarget(), {
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    requestAnimationFrame: (run: () => void) => setTimeout(run, 1),
    cancelAnimationFrame: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    document: new EventTarget(),
  });
  return { win, work: trackAppWork(win as unknown as typeof globalThis & Window, isApp) };
}

const calledFromThisFile = (frame: string) => frame.includes('app-work.test.ts');

describe('the tracker of work the app leaves running', () => {
  it('names what is pending and where it started; forgets what ran, was cleared or removed', async () => {
    const { win, work } = standInWindow(calledFromThisFile);
    win.setTimeout(() => undefined, 1);
    win.requestAnimationFrame(() => undefined);
    const cleared = win.setTimeout(() => undefined, 60_000);
    const left = win.setTimeout(() => undefined, 60_000);
    const interval = win.setInterval(() => undefined, 1);
    const onKey = () => undefined;
    win.addEventListener('keydown', onKey);
    win.document.addEventListener('keydown', onKey, true);
    win.document.addEventListener('click', onKey);
    win.clearTimeout(cleared);
    win.document.removeEventListener('click', onKey);
    // Removing with another capture flag removes another listener, as in the DOM: this one stays.
    win.document.removeEventListener('keydown', onKey, false);
    await new Promise((resolve) => setTimeout(resolve, 10));

    const pending = work.pending();
    expect(pending.map((line) => line.replace(/ (started|added) at .*/, ''))).toEqual([
      'setTimeout',
      'setInterval',
      'window "keydown" listener',
      'document "keydown" listener',
    ]);
    expect(pending[0]).toMatch(/started at .*app-work\.test\.ts:\d+:\d+/);

    // stopAll cancels for real: the interval no longer runs once stopped.
    let ticks = 0;
    win.clearInterval(interval);
    win.setInterval(() => (ticks += 1), 1);
    work.stopAll();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ticks).toBe(0);
    expect(work.pending()).toEqual([]);
    win.clearTimeout(left);
  });

  it('ignores work that the app code did not start itself', () => {
    const { win, work } = standInWindow(() => false);
    const id = win.setTimeout(() => undefined, 60_000);
    win.addEventListener('keydown', () => undefined);
    expect(work.pending()).toEqual([]);
    win.clearTimeout(id);
  });
});
