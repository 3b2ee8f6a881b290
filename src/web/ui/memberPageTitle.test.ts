import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { translator } from '../i18n/useT.ts';
import type { ClientState } from '../realtime/clientState.ts';
import { memberPageTitle } from './memberPageTitle.ts';

const { t } = translator('en');
const own = (title: string) => `Own: ${title}`;

/** Only what the title reads: the connection's status and whether a workshop is on the board. */
function stateOf(status: ClientState['status'], workshopTitle: string | null): ClientState {
  return { status, board: { workshop: workshopTitle === null ? null : { title: workshopTitle } } } as unknown as ClientState;
}

describe('memberPageTitle', () => {
  it("names the workshop in the page's own title once it is there", () => {
    expect(memberPageTitle(t, stateOf('online', 'Budget 2025'), false, own)).toBe('Own: Budget 2025');
  });

  it('asks to sign in when the session was refused, even with a copy of the board kept', () => {
    expect(memberPageTitle(t, stateOf('failed', 'Budget 2025'), true, own)).toBe(en['projectWorkshop.signInTitle']);
    expect(memberPageTitle(t, stateOf('failed', null), true, own)).toBe(en['projectWorkshop.signInTitle']);
  });

  it('says the workshop cannot be opened after another failure, and that it is opening until then', () => {
    expect(memberPageTitle(t, stateOf('failed', null), false, own)).toBe(en['connection.failedTitle']);
    expect(memberPageTitle(t, stateOf('connecting', null), false, own)).toBe(en['connection.loadingTitle']);
  });
});
