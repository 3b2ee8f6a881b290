import { categoriesOf } from '../../../domain/categories.ts';
import { NOTE_KIND_IDS, type NoteKindId } from '../../../domain/noteKinds.ts';
import type { StepDefinition } from '../../../domain/template.ts';
import type { WorkshopOptions } from '../../../domain/workshopOptions.ts';
import type { SummaryResponse } from '../../../protocol/http.ts';
import { useT } from '../../i18n/useT.ts';
import { KindBadge } from '../../ui/KindBadge.tsx';

type StepSummary = SummaryResponse['steps'][number];

function isKind(id: string): id is NoteKindId {
  return (NOTE_KIND_IDS as readonly string[]).includes(id);
}

/** One step of the summary: per category the counts by kind and the notes (most votes first). */
export function SummaryStep({ step, summary, options }: { step: StepDefinition; summary: StepSummary; options: WorkshopOptions }) {
  const { t, tn, l } = useT();
  const categories = step.categorySet ? categoriesOf(step.categorySet, options) : [];
  const groupLabel = (id: string | null) => summary.groups.find((g) => g.id === id)?.label ?? null;
  const headingId = `summary-${step.id}`;
  return (
    <section aria-labelledby={headingId} className="summary-section">
      <h2 id={headingId}>{l(step.title)}</h2>
      {summary.hiddenCount > 0 ? <p className="muted">{tn('summary.hiddenCount', summary.hiddenCount)}</p> : null}
      {summary.groups.length > 0 ? (
        <div className="summary-groups">
          <h3>{t('summary.groups')}</h3>
          <ul>
            {summary.groups.map((group) => {
              const count = summary.categories.reduce((sum, c) => sum + c.notes.filter((n) => n.groupId === group.id).length, 0);
              return (
                <li key={group.id}>{t('summary.groupWithCount', { label: group.label, count: tn('board.noteCount', count) })}</li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <div className="summary-categories">
        {categories.map((category) => {
          const data = summary.categories.find((c) => c.category === category.id);
          const notes = [...(data?.notes ?? [])].sort((a, b) => b.votes - a.votes || a.createdAt - b.createdAt);
          const counts = Object.entries(data?.counts ?? {}).filter((entry): entry is [NoteKindId, number] => isKind(entry[0]) && entry[1] > 0);
          return (
            <section key={category.id} className="summary-category" aria-labelledby={`${headingId}-${category.id}`}>
              <h3 id={`${headingId}-${category.id}`}>{l(category.label)}</h3>
              {counts.length > 0 ? (
                <ul className="kind-counts">
                  {counts.map(([kind, count]) => (
                    <li key={kind}>
                      <KindBadge kind={kind} /> <strong>{tn('board.noteCount', count)}</strong>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t('summary.noNotes')}</p>
              )}
              {notes.length > 0 ? (
                <ul className="summary-notes">
                  {notes.map((note) => (
                    <li key={note.id} className={`summary-note kind-border-${note.kind}`}>
                      <KindBadge kind={note.kind} />
                      <span className="summary-note-text">{note.text}</span>
                      {step.voting ? <span className="note-votes">{tn('note.votes', note.votes)}</span> : null}
                      {groupLabel(note.groupId) ? <span className="note-group">{t('note.inGroup', { group: groupLabel(note.groupId) ?? '' })}</span> : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          );
        })}
      </div>
    </section>
  );
}
