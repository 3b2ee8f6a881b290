import type { ReactNode } from 'react';
import { NOTE_KINDS, type NoteKindId } from '../../domain/noteKinds.ts';
import { useT } from '../i18n/useT.ts';
import { Icon } from './Icon.tsx';
import { KindBadge } from './KindBadge.tsx';

/** What a note card shows; pending notes (not yet on the server) have the same shape. */
export interface NoteCardData {
  readonly id: string;
  readonly kind: NoteKindId;
  readonly text: string;
  readonly authorName?: string | null;
  readonly votes?: number;
}

/** pending: waiting to be sent; hidden: only its author sees it until revealed; rejected: refused. */
export type NoteCardStatus = 'pending' | 'hidden' | 'rejected' | null;

interface NoteCardProps {
  readonly note: NoteCardData;
  readonly status?: NoteCardStatus;
  readonly categoryLabel?: string | null;
  readonly groupLabel?: string | null;
  readonly showVotes?: boolean;
  readonly mine?: boolean;
  readonly selected?: boolean;
  /** Controls under the text (vote, edit, select…). */
  readonly children?: ReactNode;
}

/** A note: its text, kind (colour, icon and label), and what state it is in. */
export function NoteCard({ note, status = null, categoryLabel, groupLabel, showVotes, mine, selected, children }: NoteCardProps) {
  const { t, tn } = useT();
  const colour = NOTE_KINDS[note.kind].colour;
  const classes = ['note-card', `note-${colour}`];
  if (status) classes.push(`note-${status}`);
  if (selected) classes.push('note-selected');
  return (
    <article className={classes.join(' ')} data-testid="note-card" data-note-id={note.id}>
      <div className="note-meta">
        <KindBadge kind={note.kind} />
        {categoryLabel ? <span className="note-category">{categoryLabel}</span> : null}
        {mine ? <span className="note-mine">{t('note.mine')}</span> : null}
      </div>
      <p className="note-text">{note.text}</p>
      {status === 'pending' ? (
        <p className="note-status">
          <Icon name="offline" size={16} /> {t('note.pending')}
        </p>
      ) : null}
      {status === 'hidden' ? (
        <p className="note-status">
          <Icon name="hidden" size={16} /> {t('note.hiddenMine')}
        </p>
      ) : null}
      {(showVotes && note.votes !== undefined) || note.authorName || groupLabel ? (
        <div className="note-footer">
          {note.authorName ? <span className="note-author">{t('note.author', { name: note.authorName })}</span> : null}
          {groupLabel ? <span className="note-group">{t('note.inGroup', { group: groupLabel })}</span> : null}
          {showVotes && note.votes !== undefined ? (
            <span className="note-votes">
              <Icon name="dot" size={14} /> {tn('note.votes', note.votes)}
            </span>
          ) : null}
        </div>
      ) : null}
      {children ? <div className="note-actions">{children}</div> : null}
    </article>
  );
}
