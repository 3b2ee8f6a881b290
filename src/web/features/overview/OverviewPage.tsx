import { useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { PROJECT_PHASES } from '../../../domain/projectPhases.ts';
import type { OrganisationView } from '../../../protocol/accounts.ts';
import type { OverviewProject, OverviewResponse, OverviewSideView, SideTotalView } from '../../../protocol/overview.ts';
import { overviewApi, overviewQuery, type OverviewFilter } from '../../api/overviewApi.ts';
import { useT } from '../../i18n/useT.ts';
import { SelectField } from '../../ui/SelectField.tsx';
import { traitName } from '../../ui/actionText.ts';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { OrganisationFrame } from '../organisation/OrganisationFrame.tsx';
import { useOrganisation } from '../organisation/useOrganisation.ts';
import { phaseStepText, projectHref } from '../projects/projectText.ts';
import { LoadFailure } from '../registers/LoadFailure.tsx';
import { useFetched } from '../registers/useFetched.ts';
import { RadarChart } from './RadarChart.tsx';
import '../../ui/registers.css';
import './overview.css';

const ALL = '__all__';

/** /org/:organisationId/overview — the cooperation committee's view across every project. */
export function OverviewPage({ organisationId }: { organisationId: string }) {
  const { t } = useT();
  const organisation = useOrganisation(organisationId);
  usePageTitle(organisation.organisation ? t('overview.pageTitle', { organisation: organisation.organisation.name }) : t('overview.title'));
  return (
    <OrganisationFrame organisationId={organisationId} load={organisation} wide>
      {(view) => <OverviewContent organisation={view} />}
    </OrganisationFrame>
  );
}

function filterFromSearch(search: string): OverviewFilter {
  const params = new URLSearchParams(search);
  const phase = params.get('phase');
  return { phase: PROJECT_PHASES.some((p) => p.id === phase) ? phase : null, unit: params.get('unit') || null };
}

function OverviewContent({ organisation }: { organisation: OrganisationView }) {
  const { t, l } = useT();
  const search = useSearch();
  const [location, navigate] = useLocation();
  const [filter, setFilter] = useState<OverviewFilter>(() => filterFromSearch(search));
  const { load, reload } = useFetched<OverviewResponse>(() => overviewApi.get(organisation.id, filter), `${organisation.id}${overviewQuery(filter)}`);
  const change = (next: Partial<OverviewFilter>) => {
    const merged = { ...filter, ...next };
    setFilter(merged);
    navigate(`${location}${overviewQuery(merged)}`, { replace: true });
  };
  const units = load.status === 'ready' ? load.value.units : filter.unit ? [filter.unit] : [];

  return (
    <>
      <h1>{t('overview.title')}</h1>
      <p className="lead">{t('overview.lead')}</p>
      <div className="overview-filters" role="group" aria-label={t('overview.filtersLabel')}>
        <SelectField
          label={t('overview.phase')}
          value={filter.phase ?? ALL}
          onChange={(id) => change({ phase: id === ALL ? null : id })}
          options={[{ id: ALL, label: t('overview.allPhases') }, ...PROJECT_PHASES.map((p) => ({ id: p.id, label: l(p.label) }))]}
        />
        <SelectField
          label={t('overview.unit')}
          value={filter.unit ?? ALL}
          onChange={(id) => change({ unit: id === ALL ? null : id })}
          options={[{ id: ALL, label: t('overview.allUnits') }, ...units.map((u) => ({ id: u, label: u }))]}
        />
      </div>
      {load.status === 'loading' ? <p role="status">{t('overview.loading')}</p> : null}
      {load.status === 'failed' ? <LoadFailure failure={load.error} onRetry={reload} /> : null}
      {load.status === 'ready' ? <OverviewBody organisationId={organisation.id} overview={load.value} /> : null}
    </>
  );
}

function OverviewBody({ organisationId, overview }: { organisationId: string; overview: OverviewResponse }) {
  const { t, tn, n } = useT();
  const plan = `/org/${encodeURIComponent(organisationId)}/actions`;
  const { totals } = overview;
  const figures = [
    { label: t('overview.openActions'), value: totals.openActions, href: `${plan}?state=open` },
    { label: t('overview.overdueActions'), value: totals.overdueActions, href: `${plan}?state=overdue` },
    { label: t('overview.upwardActions'), value: totals.upwardActions, href: `${plan}?upward=true` },
    { label: t('overview.taskShifts'), value: totals.taskShifts, href: null },
    { label: t('overview.invisibleWork'), value: totals.invisibleWork, href: null },
  ];
  return (
    <>
      <section className="panel" aria-labelledby="overview-figures">
        <h2 id="overview-figures" className="panel-title">
          {tn('overview.figuresTitle', overview.projects.length)}
        </h2>
        <ul className="key-figures">
          {figures.map((figure) => (
            <li key={figure.label} className="key-figure">
              <span className="key-figure-value">{n(figure.value)}</span>
              {figure.href ? (
                <Link href={figure.href} className="text-link key-figure-label">
                  {figure.label}
                </Link>
              ) : (
                <span className="key-figure-label">{figure.label}</span>
              )}
            </li>
          ))}
        </ul>
      </section>
      <TraitsSection overview={overview} />
      <ProjectsSection organisationId={organisationId} projects={overview.projects} />
    </>
  );
}

function TraitsSection({ overview }: { overview: OverviewResponse }) {
  const { t, tn, n, locale } = useT();
  const { before, after } = overview.totals;
  const names = before.traits.map((trait) => traitName(trait.traitId, locale) ?? trait.traitId);
  const describe = (total: SideTotalView, positive: string, negative: string) =>
    total.traits.map((trait, i) => `${names[i]}: ${positive} ${n(trait.positive)}, ${negative} ${n(trait.negative)}`).join('; ');
  const counted = (total: SideTotalView) =>
    total.withheld > 0
      ? `${tn('overview.projectsCounted', total.counted)} ${tn('overview.projectsWithheld', total.withheld, { min: n(overview.minGroupSize) })}`
      : tn('overview.projectsCounted', total.counted);
  return (
    <section className="panel" aria-labelledby="overview-traits">
      <h2 id="overview-traits" className="panel-title">
        {t('overview.traitsTitle')}
      </h2>
      <p className="register-description">{t('overview.traitsLead', { min: n(overview.minGroupSize) })}</p>
      <div className="radar-pair">
        <div>
          <h3 className="project-subheading">{t('overview.beforeTitle')}</h3>
          <p className="muted">{counted(before)}</p>
          <RadarChart
            axes={names}
            series={[
              { label: t('overview.green'), values: before.traits.map((x) => x.positive), variant: 'positive' },
              { label: t('overview.red'), values: before.traits.map((x) => x.negative), variant: 'negative' },
            ]}
            summary={`${t('overview.beforeTitle')}. ${describe(before, t('overview.green'), t('overview.red'))}`}
          />
        </div>
        <div>
          <h3 className="project-subheading">{t('overview.afterTitle')}</h3>
          <p className="muted">{counted(after)}</p>
          <RadarChart
            axes={names}
            series={[
              { label: t('overview.better'), values: after.traits.map((x) => x.positive), variant: 'positive' },
              { label: t('overview.worse'), values: after.traits.map((x) => x.negative), variant: 'negative' },
            ]}
            summary={`${t('overview.afterTitle')}. ${describe(after, t('overview.better'), t('overview.worse'))}`}
          />
        </div>
      </div>
      <div className="overview-table-scroll" tabIndex={0} role="region" aria-label={t('overview.traitTable')}>
        <table className="data-table overview-trait-table">
          <caption className="visually-hidden">{t('overview.traitTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.trait')}</th>
              <th scope="col">{t('overview.green')}</th>
              <th scope="col">{t('overview.red')}</th>
              <th scope="col">{t('overview.better')}</th>
              <th scope="col">{t('overview.worse')}</th>
            </tr>
          </thead>
          <tbody>
            {before.traits.map((trait, i) => (
              <tr key={trait.traitId}>
                <th scope="row">{names[i]}</th>
                <td>{n(trait.positive)}</td>
                <td>{n(trait.negative)}</td>
                <td>{n(after.traits[i]?.positive ?? 0)}</td>
                <td>{n(after.traits[i]?.negative ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function SideCell({ side }: { side: OverviewSideView }) {
  const { t, tn, n } = useT();
  if (side.status === 'none') return <span className="muted">{t('overview.sideNone')}</span>;
  if (side.status === 'too_few') return <span>{t('overview.sideTooFew')}</span>;
  const positive = side.traits.reduce((sum, trait) => sum + trait.positive, 0);
  const negative = side.traits.reduce((sum, trait) => sum + trait.negative, 0);
  return (
    <span>
      {tn('overview.sideShown', side.contributors)} <span className="overview-balance">{t('overview.balance', { positive: n(positive), negative: n(negative) })}</span>
    </span>
  );
}

function ProjectsSection({ organisationId, projects }: { organisationId: string; projects: readonly OverviewProject[] }) {
  const { t, n, locale } = useT();
  const cellLabel = (label: string) => (
    <span className="register-cell-label" aria-hidden="true">
      {label}
    </span>
  );
  return (
    <section className="panel" aria-labelledby="overview-projects">
      <h2 id="overview-projects" className="panel-title">
        {t('overview.projectsTitle')}
      </h2>
      {projects.length === 0 ? (
        <p className="muted">{t('overview.noProjects')}</p>
      ) : (
        <table className="register-table overview-projects" role="table">
          <caption className="visually-hidden">{t('overview.projectsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.project')}</th>
              <th scope="col">{t('overview.phaseStep')}</th>
              <th scope="col">{t('overview.openActions')}</th>
              <th scope="col">{t('overview.overdueActions')}</th>
              <th scope="col">{t('overview.upwardActions')}</th>
              <th scope="col">{t('overview.taskShifts')}</th>
              <th scope="col">{t('overview.invisibleWork')}</th>
              <th scope="col">{t('overview.beforeShort')}</th>
              <th scope="col">{t('overview.afterShort')}</th>
            </tr>
          </thead>
          <tbody>
            {projects.map((project) => {
              const where = phaseStepText(project.phase, project.step, locale);
              return (
                <tr key={project.id} data-testid="overview-project">
                  <th scope="row" role="rowheader" className="register-row-title">
                    <Link href={projectHref(organisationId, project.id)} className="text-link">
                      {project.title}
                    </Link>
                  </th>
                  <td role="cell" className="register-cell">
                    {cellLabel(t('overview.phaseStep'))}
                    {where ? `${where.phase} · ${where.step}` : project.phase}
                  </td>
                  <td role="cell" className="register-cell">
                    {cellLabel(t('overview.openActions'))}
                    {n(project.openActions)}
                  </td>
                  <td role="cell" className="register-cell">
                    {cellLabel(t('overview.overdueActions'))}
                    {project.overdueActions > 0 ? <strong className="overdue-text">{n(project.overdueActions)}</strong> : n(0)}
                  </td>
                  <td role="cell" className="register-cell">
                    {cellLabel(t('overview.upwardActions'))}
                    {n(project.upwardActions)}
                  </td>
                  <td role="cell" className="register-cell">
                    {cellLabel(t('overview.taskShifts'))}
                    {n(project.taskShifts)}
                  </td>
                  <td role="cell" className="register-cell">
                    {cellLabel(t('overview.invisibleWork'))}
                    {n(project.invisibleWork)}
                  </td>
                  <td role="cell" className="register-cell">
                    {cellLabel(t('overview.beforeShort'))}
                    <SideCell side={project.before} />
                  </td>
                  <td role="cell" className="register-cell">
                    {cellLabel(t('overview.afterShort'))}
                    <SideCell side={project.after} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
