import { describe, expect, it } from 'vitest';
import { confirmsName, deletedOrganisationState, readDeletedOrganisation } from './deletedOrganisation.ts';

describe('confirmsName', () => {
  it('takes the name exactly, spaces around it aside, as the server does', () => {
    expect(confirmsName('Hjemmeplejen Nord', 'Hjemmeplejen Nord')).toBe(true);
    expect(confirmsName('  Hjemmeplejen Nord ', 'Hjemmeplejen Nord')).toBe(true);
  });

  it('refuses anything else', () => {
    for (const typed of ['', 'Hjemmeplejen', 'hjemmeplejen nord', 'Hjemmeplejen  Nord', 'Hjemmeplejen Nord.']) {
      expect(confirmsName(typed, 'Hjemmeplejen Nord')).toBe(false);
    }
    expect(confirmsName('', '')).toBe(false);
  });
});

describe('readDeletedOrganisation', () => {
  it('reads back the name the settings page left', () => {
    expect(readDeletedOrganisation(deletedOrganisationState('Hjemmeplejen Nord'))).toBe('Hjemmeplejen Nord');
  });

  it('ignores anything else in history state', () => {
    for (const state of [null, undefined, 'x', {}, { deletedOrganisation: '' }, { deletedOrganisation: 3 }, { email: 'a@b.dk', via: 'link' }]) {
      expect(readDeletedOrganisation(state)).toBeNull();
    }
  });
});
