import type { FastifyInstance } from 'fastify';
import { WorkshopParamsSchema } from '../../../protocol/http.ts';
import type { AppContext } from '../../appContext.ts';
import { parseInput } from '../../http/parseInput.ts';
import { sendError } from '../../http/sendError.ts';
import { presentSummary } from '../workshops/presentSummary.ts';
import { workshopReaderOf } from '../workshops/workshopReader.ts';
import { attachmentDisposition } from '../../http/attachmentName.ts';
import { buildMinutes, type Minutes } from './minutesContent.ts';
import { renderMinutesDocx } from './renderMinutesDocx.ts';
import { renderMinutesPdf } from './renderMinutesPdf.ts';

/** The two files a workshop's minutes come as. */
const FORMATS = [
  { extension: 'pdf', contentType: 'application/pdf', render: renderMinutesPdf },
  { extension: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: renderMinutesDocx },
] as const satisfies ReadonlyArray<{ extension: string; contentType: string; render: (minutes: Minutes) => Promise<Buffer> }>;

/**
 * The workshop's summary as minutes to download, as PDF or Word, in the workshop's language. Read
 * by the same people as the summary, and refused to everyone else alike whether or not it exists.
 */
export function registerMinutesRoutes(app: FastifyInstance, ctx: AppContext): void {
  for (const format of FORMATS) {
    app.get(`/api/workshops/:workshopId/minutes.${format.extension}`, async (request, reply) => {
      const params = parseInput(WorkshopParamsSchema, request.params, reply);
      if (!params) return reply;
      const audience = await workshopReaderOf(ctx, request, params.workshopId);
      const room = audience ? await ctx.rooms.get(params.workshopId) : null;
      if (!audience || !room) return sendError(reply, 'workshop_not_found');
      const minutes = buildMinutes(presentSummary(room.state, room.template, audience), room.template, room.state.createdAt);
      const file = await format.render(minutes);
      return reply
        .header('content-type', format.contentType)
        .header('content-disposition', attachmentDisposition(`${minutes.text.minutes} - ${minutes.workshopTitle}`, format.extension))
        // What a workshop wrote is no one else's: no shared cache keeps a copy.
        .header('cache-control', 'private, no-store')
        .send(file);
    });
  }
}
