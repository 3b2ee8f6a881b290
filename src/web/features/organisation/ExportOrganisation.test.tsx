import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { da } from '../../i18n/da.ts';
import { ExportOrganisationSection } from './ExportOrganisation.tsx';

describe('ExportOrganisationSection', () => {
  it('says what is in the file and what is not, and links to the download', () => {
    const html = renderToStaticMarkup(<ExportOrganisationSection organisationId="o1" />);
    expect(html).toContain(`<h2 id="export-organisation-heading">${da['exportOrg.title']}</h2>`);
    for (const key of ['exportOrg.lead', 'exportOrg.contains', 'exportOrg.leftOut', 'exportOrg.personalData', 'exportOrg.download'] as const) {
      expect(html).toContain(da[key]);
    }
    expect(html).toMatch(/<a class="button" href="\/api\/organisations\/o1\/export" download=""/);
  });
});
