import type { Translator } from '../i18n/useT.ts';
import type { ClientState } from '../realtime/clientState.ts';

/**
 * The tab title of a workshop page that runs on a member's session (the facilitator's page, the
 * board), in step with what ConnectionGate shows: the page's own title, naming the workshop, once
 * the workshop is there; else sign in when the server refused the session; else failed or loading.
 */
export function memberPageTitle(t: Translator['t'], state: ClientState, refused: boolean, ownTitle: (workshopTitle: string) => string): string {
  const workshop = state.board.workshop;
  if (workshop && !refused) return ownTitle(workshop.title);
  if (refused) return t('projectWorkshop.signInTitle');
  return state.status === 'failed' ? t('connection.failedTitle') : t('connection.loadingTitle');
}
