// A screen asks for its workshop's framework before the workshop has loaded, then with its id: it must
// never see "not there" (null) on the way, or it would flash "not found" at the facilitator.
import { describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { OspoDatabase } from '../../../../renderer/db/database';
import { createRepositories } from '../../../../renderer/db/repositories';
import { RepositoriesProvider, useFramework } from '../../../../renderer/db/hooks';
import { defaultWorkshopSettings } from '../../../../renderer/features/workshops/defaults';
import { GGI_FRAMEWORK } from '../../../fixtures/frameworks';
import { uniqueDbName } from './db-harness';

describe('useFramework', () => {
  it('is loading, never "not found", until the framework of the id asked for is known', async () => {
    const repos = createRepositories(new OspoDatabase(uniqueDbName('hook')), {
      defaults: defaultWorkshopSettings,
    });
    await repos.frameworks.install(GGI_FRAMEWORK);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <RepositoriesProvider repos={repos}>{children}</RepositoriesProvider>
    );
    const seen: unknown[] = [];
    const { result, rerender } = renderHook(
      ({ id, version }: { id: string; version: string }) => {
        const framework = useFramework(id, version);
        seen.push(framework === undefined ? 'loading' : framework === null ? 'missing' : framework.id);
        return framework;
      },
      { wrapper, initialProps: { id: '', version: '' } },
    );
    // The query for "no workshop yet" has answered (the hook rendered again) before the id arrives.
    await waitFor(() => expect(seen.length).toBeGreaterThan(1));
    rerender({ id: GGI_FRAMEWORK.id, version: GGI_FRAMEWORK.version });
    await waitFor(() => expect(result.current?.id).toBe(GGI_FRAMEWORK.id));
    expect(seen).not.toContain('missing');
    rerender({ id: 'elsewhere', version: '1' });
    await waitFor(() => expect(result.current).toBeNull());
  });
});
