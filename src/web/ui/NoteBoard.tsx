import type { ReactNode } from 'react';
import type { StepDefinition } from '../../domain/template.ts';
import type { WorkshopOptions } from '../../domain/workshopOptions.ts';
import type { GroupView, NoteView } from '../../protocol/views.ts';
import { useT } from '../i18n/useT.ts';
import { categoriesOfStep } from '../realtime/boardSelectors.ts';
import { NoteCard } from './NoteCard.tsx';

interface NoteBoardProps {
  readonly step: StepDefinition;
  /** The workshop's options, which shape some steps' categories (a phase dialogue's questions). */
  readonly options?: WorkshopOptions;
  readonly notes: readonly NoteView[];
  readonly groups: readonly GroupView[];
  readonly showVotes?: boolean;
  readonly sortByVotes?: boolean;
  readonly variant?: 'projector' | 'normal';
  readonly isSelected?: (noteId: string) => boolean;
  /** Controls for each note (the facilitator's select, edit, delete). */
  readonly renderActions?: (note: NoteView) => ReactNode;
  readonly headingLevel?: 2 | 3;
  /** Leave out categories without notes (a phone has no room for empty columns). */
  readonly hideEmpty?: boolean;
}

/**
 * A step's notes: groups first (a group can hold notes from several categories), then the
 * remaining notes in one column per category (six traits, or before/during/after).
 */
export function NoteBoard({ step, options, notes, groups, showVotes, sortByVotes, variant = 'normal', isSelected, renderActions, headingLevel = 2, hideEmpty }: NoteBoardProps) {
  const { t, tn, l } = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const categories = categoriesOfStep(step, options);
  const labelOf = (id: string) => {
    const category = categories.find((c) => c.id === id);
    return category ? l(category.label) : id;
  };
  const ordered = sortByVotes ? [...notes].sort((a, b) => b.votes - a.votes || a.createdAt - b.createdAt) : notes;
  const stepGroups = groups.filter((g) => g.stepId === step.id);
  const groupIds = new Set(stepGroups.map((g) => g.id));
  const loose = ordered.filter((n) => n.groupId === null || !groupIds.has(n.groupId));

  const card = (note: NoteView, categoryLabel: string | null) => (
    <li key={note.id}>
      <NoteCard note={note} categoryLabel={categoryLabel} showVotes={showVotes} selected={isSelected?.(note.id)}>
        {renderActions?.(note)}
      </NoteCard>
    </li>
  );

  return (
    <div className={`note-board note-board-${variant} note-board-${step.categorySet ?? 'none'}`}>
      {stepGroups.length > 0 ? (
        <div className="group-list">
          {stepGroups.map((group) => {
            const members = ordered.filter((n) => n.groupId === group.id);
            return (
              <section key={group.id} className="group-box" aria-labelledby={`group-${group.id}`}>
                <Heading id={`group-${group.id}`} className="group-title">
                  {group.label} <span className="count">{t('board.groupCount', { count: tn('board.noteCount', members.length) })}</span>
                </Heading>
                {members.length === 0 ? <p className="muted">{t('board.groupEmpty')}</p> : <ul className="note-list">{members.map((n) => card(n, labelOf(n.category)))}</ul>}
              </section>
            );
          })}
        </div>
      ) : null}
      <div className="category-columns" style={{ '--columns': categories.length } as React.CSSProperties}>
        {categories.map((category) => {
          const inCategory = loose.filter((n) => n.category === category.id);
          if (hideEmpty && inCategory.length === 0) return null;
          return (
            <section key={category.id} className="category-column" aria-labelledby={`cat-${step.id}-${category.id}`}>
              <Heading id={`cat-${step.id}-${category.id}`} className="category-title">
                {l(category.label)}{' '}
                <span className="count">
                  <span aria-hidden="true">{inCategory.length}</span>
                  <span className="visually-hidden">{tn('board.noteCount', inCategory.length)}</span>
                </span>
              </Heading>
              {inCategory.length > 0 ? <ul className="note-list">{inCategory.map((n) => card(n, null))}</ul> : null}
            </section>
          );
        })}
      </div>
    </div>
  );
}
