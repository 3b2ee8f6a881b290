import { describe, expect, it } from 'vitest';
import { TEMPLATE_IDS } from './templateRegistry.ts';

/**
 * Templates are data: the engine, the server and the web app run any template the same way. A
 * template id written as a literal anywhere else is a branch on one template, so this test reads
 * every source file under src/ as text (through Vite's glob, so the domain needs no file system)
 * and refuses such literals. Only the templates, their registry, tests and test fixtures, and the
 * demo seed (which must name the template it creates) may name them.
 */
const GLOBBED: Readonly<Record<string, string>> = import.meta.glob(
  [
    '../**/*.{ts,tsx}',
    '!../domain/templates/**',
    '!../domain/templateRegistry.ts',
    '!../**/*.test.{ts,tsx}',
    '!../**/testing/**',
    '!../**/*Fixtures.ts',
    '!../server/seedDemo.ts',
  ],
  { query: '?raw', import: 'default', eager: true },
);

/** The glob's keys are relative to this folder ('./decide.ts', '../web/App.tsx'); name them from the repository root. */
const SOURCES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(GLOBBED).map(([key, source]) => [key.startsWith('./') ? `src/domain/${key.slice(2)}` : `src/${key.slice(3)}`, source]),
);

/** The template ids that stand in the source as string literals ('…', "…" or `…`). */
function templateIdLiterals(source: string, ids: readonly string[]): string[] {
  return ids.filter((id) => ["'", '"', '`'].some((quote) => source.includes(`${quote}${id}${quote}`)));
}

describe('the engine has no template-specific branches', () => {
  it('finds a template id in quotes of any kind, and not the same words elsewhere', () => {
    const ids = ['status-after', 'four-phases'];
    expect(templateIdLiterals(`if (workshop.templateId === 'status-after') showComparison();`, ids)).toEqual(['status-after']);
    expect(templateIdLiterals('const id = "four-phases";', ids)).toEqual(['four-phases']);
    expect(templateIdLiterals('const id = `four-phases`;', ids)).toEqual(['four-phases']);
    expect(templateIdLiterals(`const phases = 'four-phases-old'; // status-after review`, ids)).toEqual([]);
  });

  it('reads the whole source tree: the engine, the server and the web app', () => {
    const paths = Object.keys(SOURCES);
    expect(paths).toContain('src/domain/decide.ts');
    expect(paths).toContain('src/protocol/views.ts');
    expect(paths.some((p) => p.startsWith('src/server/'))).toBe(true);
    expect(paths.some((p) => p.startsWith('src/web/') && p.endsWith('.tsx'))).toBe(true);
    expect(paths.some((p) => p.includes('/templates/') || p.endsWith('.test.ts'))).toBe(false);
  });

  it('names no template id as a literal outside the templates and their registry', () => {
    const offenders = Object.entries(SOURCES).flatMap(([path, source]) =>
      templateIdLiterals(source, TEMPLATE_IDS).map((id) => `${path}: '${id}'`),
    );
    expect(offenders).toEqual([]);
  });
});
