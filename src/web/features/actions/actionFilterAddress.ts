import { ACTION_LIST_STATES, type ActionListState } from '../../../protocol/actionPlan.ts';
import { actionQuery, type ActionFilter } from '../../api/actionsApi.ts';

/** What the action plan shows when nothing is asked: what is still to be done. */
export const DEFAULT_ACTION_FILTER: ActionFilter = { state: 'open', mine: false, upward: false, projectId: null };

const isState = (value: string | null): value is ActionListState => value !== null && (ACTION_LIST_STATES as readonly string[]).includes(value);
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The filter a page address asks for (`?state=overdue&mine=true`), so a list can be bookmarked
 * and shared; anything it does not understand is the default.
 */
export function filterFromSearch(search: string): ActionFilter {
  const params = new URLSearchParams(search);
  const state = params.get('state');
  const projectId = params.get('projectId');
  return {
    state: isState(state) ? state : DEFAULT_ACTION_FILTER.state,
    mine: params.get('mine') === 'true',
    upward: params.get('upward') === 'true',
    projectId: projectId !== null && ID.test(projectId) ? projectId : null,
  };
}

/** The address part for a filter; the default state is left out, and "all" is said. */
export function searchOfFilter(filter: ActionFilter): string {
  const query = actionQuery(filter);
  if (filter.state === 'all') return query ? `${query}&state=all` : '?state=all';
  if (filter.state !== DEFAULT_ACTION_FILTER.state) return query;
  const params = new URLSearchParams(query.slice(1));
  params.delete('state');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}
