import type { WorkshopCommand } from '../../domain/workshopCommands.ts';
import type { ErrorCode } from '../../protocol/errorCodes.ts';
import type { BoardState } from './boardState.ts';
import type { MyNotes } from './myNotes.ts';
import type { OutboxEntry } from './outbox.ts';

/**
 * connecting: first attempt, nothing heard yet. online: welcomed, live. offline: the connection
 * dropped or never came up; retrying. failed: the server refused us for good (bad key, old app).
 */
export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'failed';

/** A command the server refused; kept so the person's text is never lost. */
export interface RejectedCommand {
  readonly commandId: string;
  readonly command: WorkshopCommand;
  readonly code: ErrorCode;
}

/** An error to show the person once, in their language. */
export interface Notice {
  readonly id: number;
  readonly code: ErrorCode;
}

/** Everything the web app knows about one live workshop; the single store every view reads. */
export interface ClientState {
  readonly board: BoardState;
  readonly status: ConnectionStatus;
  /** Why the connection failed for good (status 'failed'). */
  readonly failure: ErrorCode | null;
  /** True once the client has been offline, so the UI can say "back online" when it returns. */
  readonly hasDropped: boolean;
  readonly outbox: readonly OutboxEntry[];
  readonly myNotes: MyNotes;
  readonly rejected: readonly RejectedCommand[];
  readonly notices: readonly Notice[];
  /** Add to Date.now() to get server time. */
  readonly clockOffset: number;
}
