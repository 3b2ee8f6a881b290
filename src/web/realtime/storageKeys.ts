/** Every local-storage key Kompas writes, in one place so none collide. */
export const storageKeys = {
  locale: 'kompas.locale',
  participant: (workshopId: string) => `kompas.participant.${workshopId}`,
  /** The project a workshop belongs to, so its facilitator's page can link back. */
  workshopProject: (workshopId: string) => `kompas.workshopProject.${workshopId}`,
  board: (workshopId: string, viewer: string) => `kompas.board.${workshopId}.${viewer}`,
  outbox: (workshopId: string, viewer: string) => `kompas.outbox.${workshopId}.${viewer}`,
  rejected: (workshopId: string, viewer: string) => `kompas.rejected.${workshopId}.${viewer}`,
  myNotes: (workshopId: string, viewer: string) => `kompas.mynotes.${workshopId}.${viewer}`,
  draft: (workshopId: string, viewer: string) => `kompas.draft.${workshopId}.${viewer}`,
} as const;
