import { useRef } from 'react';
import { REGISTERS } from '../../../domain/registers.ts';
import type { RegisterView } from '../../../protocol/registers.ts';
import { useT } from '../../i18n/useT.ts';
import { summariseChecklist } from './checklistSummary.ts';
import { FieldValue } from './RegisterEditor.tsx';
import { RegisterPanel } from './RegisterPanel.tsx';
import type { RegistersScope } from './registersScope.ts';
import { useRowEditing } from './useRowEditing.tsx';

const checklist = REGISTERS.adviceChecklist;
const statusField = checklist.fields.find((field) => field.id === 'status') ?? null;
const noteField = checklist.fields.find((field) => field.id === 'note') ?? null;
/** A mark per status inside its circle (an empty circle: not started), so the states differ in shape, not only in colour; the word is always beside it. */
const MARKS: Readonly<Record<string, string>> = { done: '✓', under_way: '◐', not_started: '', not_relevant: '–' };

/** The ten pieces of advice as a checklist: each with its status and note, and how many are done or under way. */
export function AdviceChecklist({ view, scope }: { view: RegisterView; scope: RegistersScope }) {
  const { t, l, n } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const editing = useRowEditing(scope, () => heading.current?.focus());
  const summary = summariseChecklist(view.entries);
  const relevant = summary.total - summary.notRelevant;

  return (
    <RegisterPanel definition={checklist} canEdit={view.canEdit} headingRef={heading} notice={editing.notice} failure={editing.failure} action={null}>
      <p className="checklist-summary">
        <strong>{t('registers.checklistDone', { done: n(summary.done), total: n(relevant) })}</strong>
        {' · '}
        {t('registers.checklistUnderWay', { count: n(summary.underWay) })}
        {summary.notRelevant > 0 ? ` · ${t('registers.checklistNotRelevant', { count: n(summary.notRelevant) })}` : null}
      </p>
      <div className="checklist-meter" aria-hidden="true">
        <span className="checklist-meter-done" style={{ width: `${relevant ? (summary.done / relevant) * 100 : 0}%` }} />
        <span className="checklist-meter-under-way" style={{ width: `${relevant ? (summary.underWay / relevant) * 100 : 0}%` }} />
      </div>
      <ol className="checklist">
        {view.entries.map((entry) => {
          const name = scope.rowTitle(checklist, entry) ?? t('registers.untitled');
          const status = statusField ? entry.data[statusField.id] : null;
          const statusId = typeof status === 'string' ? status : 'not_started';
          return (
            <li key={entry.id} className={`checklist-item checklist-${statusId}`} data-testid="advice-item">
              <span className="checklist-mark" aria-hidden="true">
                {MARKS[statusId] ?? MARKS.not_started}
              </span>
              <div className="checklist-body">
                <p className="checklist-title">{name}</p>
                <p className="checklist-status">
                  {statusField ? (
                    <>
                      <span className="visually-hidden">{l(statusField.label)}: </span>
                      {typeof status === 'string' ? <FieldValue field={statusField} entry={entry} scope={scope} /> : t('registers.checklistNoStatus')}
                    </>
                  ) : null}
                </p>
                {noteField && typeof entry.data[noteField.id] === 'string' ? (
                  <p className="checklist-note project-text">
                    <FieldValue field={noteField} entry={entry} scope={scope} />
                  </p>
                ) : null}
              </div>
              {editing.controlsFor(checklist, view.canEdit, entry, name)}
            </li>
          );
        })}
      </ol>
      {editing.dialogs}
    </RegisterPanel>
  );
}
