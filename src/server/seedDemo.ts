import { count } from 'drizzle-orm';
import { formatJoinCode } from '../domain/joinCode.ts';
import type { WorkshopCommand } from '../domain/workshopCommands.ts';
import { workshops as workshopsTable } from './db/schema.ts';
import { createWorkshop } from './features/workshops/createWorkshop.ts';
import { runCommand } from './features/workshops/runCommand.ts';
import { newId } from './features/workshops/secrets.ts';
import type { WorkshopContext } from './features/workshops/workshopContext.ts';

const DEMO_NOTES: ReadonlyArray<[string, string, 'today' | 'better' | 'worse', string]> = [
  ['today', 'realistic', 'today', 'Vi taster de samme oplysninger ind i to systemer'],
  ['today', 'autonomous', 'today', 'Skabelonerne passer sjældent til de svære sager'],
  ['today', 'healthy', 'today', 'Mange klik og små skærme giver ondt i skuldrene'],
  ['today', 'recognised', 'today', 'Ingen ser det arbejde, vi gør for at få bilagene til at passe'],
  ['expectations', 'realistic', 'better', 'Kvitteringer kan fotograferes med det samme'],
  ['expectations', 'meaningful', 'better', 'Mere tid til borgerne, mindre til papir'],
  ['expectations', 'developing', 'worse', 'Frygt for at blive sat til noget, vi ikke er uddannet til'],
  ['expectations', 'healthy', 'worse', 'Travlt i overgangen, mens begge systemer kører'],
];

/**
 * On an empty database: one demo workshop with notes already on the board, so a new user sees a
 * living product at once. Its facilitator link is printed only now; the key is never stored.
 */
export async function seedDemo(ctx: WorkshopContext, baseUrl: string): Promise<void> {
  const [existing] = await ctx.db.select({ n: count() }).from(workshopsTable);
  if ((existing?.n ?? 0) > 0) return;
  const created = await createWorkshop(ctx, {
    organisationId: 'todo',
    projectId: 'todo',
    createdBy: null,
    title: 'Demo: Nyt rejseafregningssystem',
    templateId: 'compass-before',
    locale: 'da',
    anonymous: false,
  });
  if (!created.ok) throw new Error(`demo workshop: ${created.error}`);
  const { workshopId, joinCode } = created.value;
  const facilitatorKey = '';
  const room = await ctx.rooms.get(workshopId);
  if (!room) throw new Error('demo workshop vanished');
  const viewer = { role: 'facilitator' as const, workshopId };
  const commands: WorkshopCommand[] = DEMO_NOTES.map(([stepId, category, kind, text]) => ({
    type: 'note.add',
    noteId: newId(),
    stepId,
    category,
    kind,
    text,
  }));
  commands.push({ type: 'step.go', stepIndex: 2 });
  for (const command of commands) await runCommand(ctx, room, viewer, newId(), command);
  console.log(
    [
      '',
      'A demo workshop is ready (printed once; keep the facilitator link):',
      `  Facilitator: ${baseUrl}/w/${workshopId}/facilitate#key=${facilitatorKey}`,
      `  Projector:   ${baseUrl}/w/${workshopId}/board#key=${facilitatorKey}`,
      `  Join:        ${baseUrl}/j/${joinCode}   (code ${formatJoinCode(joinCode)})`,
      '',
    ].join('\n'),
  );
}
