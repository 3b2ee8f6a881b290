import { err, ok, type Result } from '../../../domain/result.ts';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  ExportHeaderSchema,
  OrganisationExportSchema,
  type ImportError,
  type OrganisationExport,
} from '../../../protocol/organisationExport.ts';
import { checkExportReferences } from './checkExportReferences.ts';

const MAX_ISSUES_SHOWN = 5;

/**
 * Reads an export file's text and checks all of it that needs no database: the format and its
 * version first (a newer file is refused by name, not by a list of unknown fields), then every
 * field, then that every reference points at a row of the same file and every workshop's events
 * replay into the workshop the file describes.
 */
export function readExportFile(text: string): Result<OrganisationExport, ImportError> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return err({ code: 'not_an_export', detail: `not JSON: ${error instanceof Error ? error.message : String(error)}` });
  }
  return readExport(raw);
}

/** As readExportFile, for a value already parsed from JSON. */
export function readExport(raw: unknown): Result<OrganisationExport, ImportError> {
  const header = ExportHeaderSchema.safeParse(raw);
  if (!header.success) {
    return err({ code: 'not_an_export', detail: `not a Kompas organisation file: it needs "format": "${EXPORT_FORMAT}" and a whole-number "version"` });
  }
  if (header.data.version !== EXPORT_VERSION) {
    return err({
      code: 'unsupported_version',
      detail: `the file is version ${header.data.version} of the format; this Kompas reads version ${EXPORT_VERSION}. ${
        header.data.version > EXPORT_VERSION ? 'Import it with a newer Kompas.' : ''
      }`.trim(),
    });
  }
  const parsed = OrganisationExportSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const shown = issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    const more = issues.length > MAX_ISSUES_SHOWN ? ` (and ${issues.length - MAX_ISSUES_SHOWN} more)` : '';
    return err({ code: 'invalid_file', detail: `${shown.join('; ')}${more}` });
  }
  const references = checkExportReferences(parsed.data);
  if (!references.ok) return references;
  return ok(parsed.data);
}
