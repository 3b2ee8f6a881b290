import type { StepDefinition } from '../../../domain/template.ts';
import type { SummaryResponse } from '../../../protocol/http.ts';
import { useT } from '../../i18n/useT.ts';
import { findCategory } from '../../realtime/boardSelectors.ts';
import { KindBadge } from '../../ui/KindBadge.tsx';

/**
 * A select step in the summary: the earlier step's notes the group gave dots to, most first, each
 * with its category. The source step's own section lists every note.
 */
export function SummarySelect({ step, summary }: { step: StepDefinition; summary: SummaryResponse }) {
  const { t, tn, l } = useT();
  const source = step.source;
  const sourceSummary = source ? summary.steps.find((s) => s.stepId === source.stepId) : undefined;
  const chosen = (sourceSummary?.categories ?? [])
    .flatMap((c) => c.notes)
    .filter((note) => note.votes > 0 && (source?.kinds.includes(note.kind) ?? false))
    .sort((a, b) => b.votes - a.votes || a.createdAt - b.createdAt);
  const headingId = `summary-${step.id}`;
  return (
    <section aria-labelledby={headingId} className="summary-section">
      <h2 id={headingId}>{l(step.title)}</h2>
      {chosen.length === 0 ? (
        <p className="muted">{t('selectStep.summaryNone')}</p>
      ) : (
        <ol className="summary-notes">
          {chosen.map((note) => {
            const category = findCategory(note.category);
            return (
              <li key={note.id} className={`summary-note kind-border-${note.kind}`}>
                <KindBadge kind={note.kind} />
                {category ? <span className="note-category">{l(category.label)}</span> : null}
                <span className="summary-note-text">{note.text}</span>
                <span className="note-votes">{tn('note.votes', note.votes)}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
