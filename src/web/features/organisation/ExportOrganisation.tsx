import { useT } from '../../i18n/useT.ts';

/** Where the whole organisation downloads as one file (GET, administrators only). */
export function organisationExportUrl(organisationId: string): string {
  return `/api/organisations/${encodeURIComponent(organisationId)}/export`;
}

/**
 * The settings page's section before deletion, for administrators: everything the organisation
 * has as one file, with what is in it and what is not (docs/export-format.md).
 */
export function ExportOrganisationSection({ organisationId }: { organisationId: string }) {
  const { t } = useT();
  return (
    <section aria-labelledby="export-organisation-heading" className="settings-section" data-testid="export-organisation">
      <h2 id="export-organisation-heading">{t('exportOrg.title')}</h2>
      <p id="export-organisation-lead">{t('exportOrg.lead')}</p>
      <p>{t('exportOrg.contains')}</p>
      <p>{t('exportOrg.leftOut')}</p>
      <p>{t('exportOrg.personalData')}</p>
      <a className="button" href={organisationExportUrl(organisationId)} download aria-describedby="export-organisation-lead" data-testid="export-organisation-download">
        {t('exportOrg.download')}
      </a>
    </section>
  );
}
