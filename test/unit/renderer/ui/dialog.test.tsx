import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dialog } from '../../../../renderer/ui/Dialog';

describe('Dialog', () => {
  it('takes focus even when the control marked for it is still disabled, so Escape closes it', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(
      <>
        <button type="button">Opener</button>
        <Dialog title="Vote from phones" onClose={onClose}>
          <button type="button" disabled data-autofocus>
            Open the room
          </button>
          <button type="button">Look again</button>
        </Dialog>
      </>,
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Look again' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('focuses itself when it holds nothing to focus', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(
      <Dialog title="Nothing to press" onClose={onClose}>
        <p>Please wait.</p>
      </Dialog>,
    );
    expect(document.activeElement).toBe(screen.getByRole('dialog', { name: 'Nothing to press' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });
});
