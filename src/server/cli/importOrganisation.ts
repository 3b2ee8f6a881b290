import { readFile } from 'node:fs/promises';
import { importOrganisation } from '../features/portability/importOrganisation.ts';
import { readExportFile } from '../features/portability/readExportFile.ts';
import { runCli } from './runCli.ts';

/**
 * npm run org:import -- <file>
 * Imports an organisation exported by org:export (or the settings page) into the database the
 * server uses, all in one transaction: a file that is damaged, of a newer version, or whose
 * organisation or ids already exist here changes nothing.
 */
runCli(async (argv, open) => {
  const [source] = argv;
  if (!source || argv.length > 1) {
    console.error('Usage: npm run org:import -- <file>');
    return 2;
  }
  const read = readExportFile(await readFile(source, 'utf8'));
  if (!read.ok) {
    console.error(`Refused (${read.error.code}): ${read.error.detail}`);
    console.error('Nothing was imported.');
    return 1;
  }
  const { database, where } = await open();
  const imported = await importOrganisation(database.db, read.value);
  if (!imported.ok) {
    console.error(`Refused (${imported.error.code}): ${imported.error.detail}`);
    console.error('Nothing was imported.');
    return 1;
  }
  const summary = imported.value;
  console.log(`Imported "${summary.name}" (${summary.slug}, id ${summary.organisationId}) into ${where}.`);
  console.log(`  Rows: ${Object.entries(summary.rows).map(([table, n]) => `${table} ${n}`).join(', ')}.`);
  if (summary.reusedUsers.length > 0) {
    console.log(`  ${summary.reusedUsers.length} people already had an account here by their email; their memberships point at it.`);
  }
  if (summary.createdUsers.length > 0) {
    console.log(`  ${summary.createdUsers.length} accounts were created without a password. Their owners sign in with a link by email:`);
    console.log('  on the sign-in page, "Email me a sign-in link" (mail must be set up: SMTP_URL, or the outbox at /dev/outbox).');
  }
  console.log('  Guests of open workshops join again with the code. Set up single sign-on again if the organisation used it.');
  return 0;
});
