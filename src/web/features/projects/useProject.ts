import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProjectSummary, ProjectView } from '../../../protocol/projects.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { projectsApi } from '../../api/projectsApi.ts';

export type Load<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly error: ApiError };

/** Loads something once per key, ignoring answers that arrive after a newer request began. */
function useLoad<T>(fetcher: () => Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>, key: string) {
  const [load, setLoad] = useState<Load<T>>({ status: 'loading' });
  const latest = useRef(0);

  // The fetcher is the same request for the same key, so only the key decides when to ask again.
  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    const result = await fetcher();
    if (ticket !== latest.current) return;
    setLoad(result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error });
  }, [key]);

  useEffect(() => {
    setLoad({ status: 'loading' });
    void reload();
  }, [key, reload]);

  /** Shows a value the server just answered with (after a change), without asking again. */
  const replace = useCallback((value: T) => {
    latest.current++;
    setLoad({ status: 'ready', value });
  }, []);

  return { load, reload, replace };
}

/** The organisation's projects, most recently changed first. */
export function useProjects(organisationId: string) {
  return useLoad<ProjectSummary[]>(
    () =>
      projectsApi.list(organisationId).then((result) =>
        result.ok ? { ok: true as const, value: [...result.value.projects].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) } : result,
      ),
    organisationId,
  );
}

/** One project, as GET /api/organisations/:id/projects/:projectId answers it. */
export function useProject(organisationId: string, projectId: string) {
  return useLoad<ProjectView>(() => projectsApi.get(organisationId, projectId), `${organisationId}/${projectId}`);
}
