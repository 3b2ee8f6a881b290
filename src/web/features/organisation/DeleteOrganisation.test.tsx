import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../domain/roles.ts';
import type { OrganisationView } from '../../../protocol/accounts.ts';
import { da } from '../../i18n/da.ts';
import { DeleteOrganisationSection } from './DeleteOrganisation.tsx';

const organisation: OrganisationView = {
  id: 'o1',
  name: 'Hjemmeplejen Nord',
  slug: 'hjemmeplejen-nord',
  isDemo: false,
  settings: { defaultLocale: 'da', anonymousDefault: false, minGroupSize: 5, reminderDaysBefore: 3, remindOverdue: true },
  myRoles: ['admin'],
  myPermissions: permissionsOf(['admin']),
};

describe('DeleteOrganisationSection', () => {
  it('says what goes, that it cannot be undone and that accounts stay, then offers the button; the dialog waits for it', () => {
    const html = renderToStaticMarkup(<DeleteOrganisationSection organisation={organisation} />);
    expect(html).toContain('aria-labelledby="delete-organisation-heading"');
    expect(html).toContain(`<h2 id="delete-organisation-heading">${da['deleteOrg.title']}</h2>`);
    for (const key of ['deleteOrg.lead', 'deleteOrg.cannotUndo', 'deleteOrg.accountsStay', 'deleteOrg.open'] as const) {
      expect(html).toContain(da[key]);
    }
    expect(html).not.toContain('role="dialog"');
  });
});
