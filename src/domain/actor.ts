/**
 * Who is asking. The facilitator holds the workshop's secret link; a participant joined with the
 * code. votesUsed is the participant's spent dots in the step open for voting, kept outside the
 * event log so that an anonymous vote can be budgeted without being traceable to its voter.
 */
export type Actor =
  | { readonly kind: 'facilitator' }
  | { readonly kind: 'participant'; readonly participantId: string; readonly votesUsed: number };
