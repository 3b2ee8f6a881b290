import type { Database } from '../db/database.ts';
import { openConfiguredDatabase } from './openConfiguredDatabase.ts';

type OpenDatabase = () => Promise<{ database: Database; where: string }>;

/**
 * Runs a command-line command that may open the server's own database, closes that database
 * whatever happens (the embedded one stays locked otherwise), and exits with the command's code:
 * 0 done, 1 refused or failed, 2 wrong usage.
 */
export function runCli(command: (argv: readonly string[], open: OpenDatabase) => Promise<number>): void {
  const opened: Database[] = [];
  const open: OpenDatabase = async () => {
    const found = await openConfiguredDatabase();
    opened.push(found.database);
    return found;
  };
  const finish = async (code: number) => {
    for (const database of opened) await database.close();
    process.exit(code);
  };
  command(process.argv.slice(2), open).then(finish, async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await finish(1);
  });
}
