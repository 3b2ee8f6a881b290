import type { FastifyInstance } from 'fastify';
import { calendarDate } from '../../../domain/actionPlan.ts';
import { OrganisationParamsSchema } from '../../../protocol/accounts.ts';
import type { AppContext } from '../../appContext.ts';
import { parseInput } from '../../http/parseInput.ts';
import { sendError } from '../../http/sendError.ts';
import { requireMembership } from '../../policy/membership.ts';
import { exportFileName, exportOrganisation, exportToJson } from './exportOrganisation.ts';
import { readExport } from './readExportFile.ts';

/** The whole organisation as one file to download, for its administrators (docs/export-format.md). */
export function registerOrganisationExportRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/organisations/:organisationId/export', async (request, reply) => {
    const params = parseInput(OrganisationParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'organisation.update');
    if (!membership) return reply;
    const now = ctx.now();
    const file = await exportOrganisation(ctx.db, params.organisationId, new Date(now));
    if (!file) return sendError(reply, 'not_found');
    // The data is the organisation's whatever happens; a file the importer would refuse is still
    // handed over, and the log says why, so the fault can be mended before it is needed.
    const check = readExport(file);
    if (!check.ok) request.log.warn({ organisationId: file.organisation.id, refusal: check.error }, 'organisation export would not import');
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${exportFileName(file.organisation.slug, calendarDate(now))}"`)
      // Everything the organisation has, names and email addresses included: no shared cache keeps it.
      .header('cache-control', 'private, no-store')
      .send(exportToJson(file));
  });
}
