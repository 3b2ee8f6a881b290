import { writeFile } from 'node:fs/promises';
import { exportOrganisation, exportToJson, findOrganisationRef } from '../features/portability/exportOrganisation.ts';
import { readExport } from '../features/portability/readExportFile.ts';
import { runCli } from './runCli.ts';

/**
 * npm run org:export -- <organisationId|slug> <file>
 * Writes everything an organisation owns to one JSON file (docs/export-format.md), from the same
 * database the server uses. The file holds names and email addresses: it is written readable by
 * its owner only.
 */
runCli(async (argv, open) => {
  const [ref, target] = argv;
  if (!ref || !target || argv.length > 2) {
    console.error('Usage: npm run org:export -- <organisationId|slug> <file>');
    return 2;
  }
  const { database, where } = await open();
  const found = await findOrganisationRef(database.db, ref);
  if (!found) {
    console.error(`No organisation with the id or slug "${ref}" in ${where}.`);
    return 1;
  }
  const file = await exportOrganisation(database.db, found.id, new Date());
  if (!file) {
    console.error(`The organisation "${ref}" was deleted while it was being read.`);
    return 1;
  }
  await writeFile(target, exportToJson(file), { mode: 0o600 });
  console.log(`Exported "${found.name}" (${found.slug}) from ${where} to ${target}:`);
  console.log(
    `  ${file.members.length} members, ${file.projects.length} projects, ${file.workshops.length} workshops (${file.workshopEvents.length} events), ` +
      `${file.registerEntries.length} register rows, ${file.projectActions.length} actions.`,
  );
  console.log('  Not in the file: passwords and sign-ins, guests\' device keys, single sign-on, calendar addresses (docs/export-format.md).');
  const check = readExport(file);
  if (!check.ok) {
    console.warn(`Warning: this file would not import as it is (${check.error.code}): ${check.error.detail}`);
    return 1;
  }
  return 0;
});
