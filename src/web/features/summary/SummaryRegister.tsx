import { REGISTERS } from '../../../domain/registers.ts';
import type { StepDefinition } from '../../../domain/template.ts';
import type { WorkshopEntryView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import type { DisplayEntry } from '../../realtime/registerRows.ts';
import { rowTitle, type RefTitle } from '../registers/entryText.ts';
import { RegisterRowsView } from '../workshopSteps/RegisterRowsView.tsx';

/** A register step in the summary: the register's rows as the meeting left them. */
export function SummaryRegister({ step, entries }: { step: StepDefinition; entries: readonly WorkshopEntryView[] }) {
  const { t, l, locale } = useT();
  const register = step.register;
  if (!register) return null;
  const definition = REGISTERS[register];
  const rows: DisplayEntry[] = entries.filter((e) => e.register === register).map((e) => ({ ...e, status: null }));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const refTitle: RefTitle = (other, entryId) => {
    const entry = byId.get(entryId);
    return entry ? rowTitle(REGISTERS[other], entryId, entry.data, locale, () => null) : null;
  };
  const headingId = `summary-${step.id}`;
  return (
    <section aria-labelledby={headingId} className="summary-section">
      <h2 id={headingId}>{l(step.title)}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('registerStep.summaryNone')}</p>
      ) : (
        <RegisterRowsView
          definition={definition}
          rows={rows}
          layout="table"
          titleOf={(row) => rowTitle(definition, row.id, row.data, locale, refTitle) ?? t('registerStep.untitled')}
          refTitle={refTitle}
        />
      )}
    </section>
  );
}
