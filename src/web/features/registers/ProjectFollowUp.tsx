import { useMemo } from 'react';
import { REGISTERS } from '../../../domain/registers.ts';
import { useT } from '../../i18n/useT.ts';
import { AdviceChecklist } from './AdviceChecklist.tsx';
import { BenefitsSection } from './BenefitsSection.tsx';
import { LoadFailure } from './LoadFailure.tsx';
import { ComparisonSection } from './ComparisonSection.tsx';
import { ProjectActionsSection } from './ProjectActionsSection.tsx';
import { RegisterEditor } from './RegisterEditor.tsx';
import { registersScope } from './registersScope.ts';
import { registerView } from './registersState.ts';
import { SelfNaming } from './SelfNaming.tsx';
import { useProjectComparison } from './useProjectComparison.ts';
import { useProjectRegisters } from './useProjectRegisters.ts';
import '../../ui/registers.css';
import '../../ui/registerSections.css';

/**
 * The project page below its workshops and frame: the before/after comparison, the actions of all
 * its workshops, and its registers (roles plan, the ten pieces of advice, benefits and their
 * assumptions, task shifts, invisible work).
 */
export function ProjectFollowUp({ organisationId, projectId }: { organisationId: string; projectId: string }) {
  const { t, locale } = useT();
  const comparison = useProjectComparison(organisationId, projectId);
  const registers = useProjectRegisters(organisationId, projectId);
  const { load, saved, removed, reload } = registers;
  const scope = useMemo(
    () => (load.status === 'ready' ? registersScope({ organisationId, projectId, registers: load.value, locale, onSaved: saved, onRemoved: removed, reload }) : null),
    [load, organisationId, projectId, locale, saved, removed, reload],
  );

  return (
    <>
      <ComparisonSection load={comparison.load} onRetry={comparison.reload} />
      <ProjectActionsSection organisationId={organisationId} projectId={projectId} />
      {load.status === 'loading' ? (
        <p role="status" className="panel">
          {t('registers.loading')}
        </p>
      ) : null}
      {load.status === 'failed' ? (
        <div className="panel">
          <LoadFailure failure={load.error} onRetry={reload} />
        </div>
      ) : null}
      {load.status === 'ready' && scope ? (
        <>
          <RegisterEditor definition={REGISTERS.rolesPlan} view={registerView(load.value, 'rolesPlan')} scope={scope} />
          <AdviceChecklist view={registerView(load.value, 'adviceChecklist')} scope={scope} />
          <BenefitsSection benefitsView={registerView(load.value, 'benefits')} assumptionsView={registerView(load.value, 'assumptions')} scope={scope} />
          <RegisterEditor definition={REGISTERS.taskShifts} view={registerView(load.value, 'taskShifts')} scope={scope} />
          <RegisterEditor
            definition={REGISTERS.invisibleWork}
            view={registerView(load.value, 'invisibleWork')}
            scope={scope}
            extra={{
              label: t('registers.selfColumn'),
              render: (entry) => <SelfNaming entry={entry} title={scope.rowTitle(REGISTERS.invisibleWork, entry) ?? t('registers.untitled')} scope={scope} />,
            }}
          />
        </>
      ) : null}
    </>
  );
}
