// The storage panel of the first screen: how much room the workshops take, and whether they are protected.
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';
import { createStorageHealth } from '../../../../renderer/db/storage-health';

function browserStorage(persisted: boolean, grants: boolean) {
  const manager = {
    estimate: async () => ({ usage: 3_240_000, quota: 118_500_000_000 }),
    persisted: async () => persisted,
    persist: vi.fn(async () => (persisted = grants)),
  };
  return { manager, storage: createStorageHealth(manager) };
}

const panel = async () => screen.findByRole('region', { name: 'Storage on this computer' });

describe('storage health', () => {
  it('says how much room the workshops take, that they are not protected, and asks when told to', async () => {
    const user = userEvent.setup();
    const { manager, storage } = browserStorage(false, true);
    await renderApp('#/', undefined, undefined, storage);
    const region = await panel();
    expect(region.textContent).toMatch(/Your workshops take 3\.2 MB here\. The app may use up to 119 GB\./);
    expect(await within(region).findByText(/Not protected: when the disk runs low/)).toBeTruthy();
    await user.click(within(region).getByRole('button', { name: 'Ask to protect it' }));
    expect(manager.persist).toHaveBeenCalledTimes(1);
    expect(await within(region).findByText(/Protected: the workshops are kept/)).toBeTruthy();
    expect(within(region).queryByRole('button', { name: 'Ask to protect it' })).toBeNull();
  });

  it('says so when the browser refuses, and keeps offering to ask', async () => {
    const user = userEvent.setup();
    const { manager, storage } = browserStorage(false, false);
    await renderApp('#/', undefined, undefined, storage);
    const region = await panel();
    await user.click(await within(region).findByRole('button', { name: 'Ask to protect it' }));
    expect(await within(region).findByText(/The browser refused to protect it/)).toBeTruthy();
    expect(manager.persist).toHaveBeenCalledTimes(1);
    expect(within(region).getByRole('button', { name: 'Ask to protect it' })).toBeTruthy();
  });

  it('says the browser cannot tell, rather than guessing, where there is no storage manager', async () => {
    await renderApp('#/', undefined, undefined, createStorageHealth(undefined));
    const region = await panel();
    expect(region.textContent).toMatch(/does not say how much room/);
    expect(region.textContent).toMatch(/cannot tell whether the workshops are kept/);
  });
});
