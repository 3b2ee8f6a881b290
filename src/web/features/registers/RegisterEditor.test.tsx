import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { REGISTERS } from '../../../domain/registers.ts';
import type { EntryView, ProjectRegistersResponse, RegisterView } from '../../../protocol/registers.ts';
import { RegisterEditor } from './RegisterEditor.tsx';
import { registersScope } from './registersScope.ts';

function entry(id: string, data: EntryView['data'], fields: Partial<EntryView> = {}): EntryView {
  return { id, register: 'taskShifts', position: 0, data, version: 1, fixed: false, updatedAt: null, updatedByName: null, selfNamed: [], selfNamedByMe: false, judgements: null, ...fields };
}

const rows = [entry('t1', { task: 'Rejseafregning', how: 'between_groups', burdens: ['work_pressure', 'less_judgement'], response: null })];
const render = (view: RegisterView) => {
  const registers: ProjectRegistersResponse = { minGroupSize: 5, registers: [view] };
  const scope = registersScope({ organisationId: 'o', projectId: 'p', registers, locale: 'da', onSaved: () => {}, onRemoved: () => {}, reload: () => {} });
  return renderToStaticMarkup(<RegisterEditor definition={REGISTERS[view.register]} view={view} scope={scope} />);
};

describe('RegisterEditor', () => {
  it('shows every field from the definition, choices by their words and empty fields said as such', () => {
    const html = render({ register: 'taskShifts', canEdit: true, entries: rows });
    for (const field of REGISTERS.taskShifts.fields) expect(html).toContain(`>${field.label.da}</th>`);
    expect(html).toContain('Til en anden faggruppe');
    expect(html).toContain('Mere travlhed og Mindre plads til fagligt skøn');
    expect(html).toContain('<span class="visually-hidden">ikke udfyldt</span>');
    expect(html).toContain('aria-label="Ret: Rejseafregning"');
    expect(html).toContain('aria-label="Slet: Rejseafregning"');
    expect(html).toContain('Tilføj række');
  });

  it('offers no change to those who may only read, and says so', () => {
    const html = render({ register: 'taskShifts', canEdit: false, entries: rows });
    expect(html).not.toContain('Tilføj række');
    expect(html).not.toContain('aria-label="Ret: Rejseafregning"');
    expect(html).not.toContain('aria-label="Slet: Rejseafregning"');
    expect(html).toContain('aria-label="Historik: Rejseafregning"');
    expect(html).toContain('Du kan læse skemaet, men ikke ændre det.');
  });

  it('names fixed rows by their label and never offers to delete them', () => {
    const fixed = REGISTERS.rolesPlan.fixedRows.map((row, position) =>
      entry(row.id, { who: null }, { register: 'rolesPlan', position, fixed: true, version: 0 }),
    );
    const html = render({ register: 'rolesPlan', canEdit: true, entries: fixed });
    expect(html).toContain('aria-label="Ret: Ledere"');
    expect(html).not.toContain('Slet: Ledere');
    expect(html).not.toContain('Historik: Ledere');
    expect(html).toContain('Fast række');
  });
});
