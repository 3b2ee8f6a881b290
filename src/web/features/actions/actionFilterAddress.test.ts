import { describe, expect, it } from 'vitest';
import { DEFAULT_ACTION_FILTER, filterFromSearch, searchOfFilter } from './actionFilterAddress.ts';

describe('the action plan’s filter in the address', () => {
  it('reads the default from an empty address, and what it does not understand as the default', () => {
    expect(filterFromSearch('')).toEqual(DEFAULT_ACTION_FILTER);
    expect(filterFromSearch('?state=late&projectId=../x')).toEqual(DEFAULT_ACTION_FILTER);
  });

  it('goes there and back for every filter', () => {
    for (const filter of [
      DEFAULT_ACTION_FILTER,
      { state: 'overdue', mine: true, upward: false, projectId: null },
      { state: 'all', mine: false, upward: true, projectId: 'p-1' },
      { state: 'closed', mine: true, upward: true, projectId: 'p2' },
    ] as const) {
      expect(filterFromSearch(searchOfFilter(filter))).toEqual(filter);
    }
  });

  it('keeps the address short for the default', () => {
    expect(searchOfFilter(DEFAULT_ACTION_FILTER)).toBe('');
    expect(searchOfFilter({ ...DEFAULT_ACTION_FILTER, mine: true })).toBe('?mine=true');
    expect(searchOfFilter({ ...DEFAULT_ACTION_FILTER, state: 'all' })).toBe('?state=all');
  });
});
