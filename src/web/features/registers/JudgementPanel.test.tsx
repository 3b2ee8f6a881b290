import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { EntryView, JudgementSummary } from '../../../protocol/registers.ts';
import { JudgementPanel } from './JudgementPanel.tsx';
import { registersScope } from './registersScope.ts';

const scope = registersScope({ organisationId: 'o', projectId: 'p', registers: { minGroupSize: 5, registers: [] }, locale: 'da', onSaved: () => {}, onRemoved: () => {}, reload: () => {} });
const assumption = (judgements: JudgementSummary): EntryView => ({
  id: 'a1', register: 'assumptions', position: 0, data: { assumption: 'Alle er lært op' }, version: 1, fixed: false, updatedAt: null, updatedByName: null, selfNamed: [], selfNamedByMe: false, judgements,
});
const render = (judgements: JudgementSummary) => renderToStaticMarkup(<JudgementPanel entry={assumption(judgements)} title="Alle er lært op" scope={scope} />);

describe('JudgementPanel', () => {
  it('below the threshold says how many have judged and when counts show, and gives no counts', () => {
    const html = render({ total: 3, counts: null, reasons: null, mine: { verdict: 'doubtful', reason: 'For lidt tid', at: '2026-03-01T10:00:00Z' } });
    expect(html).toContain('3 har vurderet. Fordelingen vises, når mindst 5 har vurderet.');
    expect(html).not.toContain('verdict-number');
    expect(html).toContain('Din vurdering:');
    expect(html).toContain('For lidt tid');
    expect(html).toContain('aria-label="Ret din vurdering: Alle er lært op"');
  });

  it('from the threshold shows the counts per verdict in words and the reasons', () => {
    const html = render({
      total: 6,
      counts: { realistic: 1, doubtful: 4, unrealistic: 1 },
      reasons: [{ verdict: 'unrealistic', reason: 'Systemet er ikke klar', at: '2026-03-01T10:00:00Z' }],
      mine: null,
    });
    expect(html).toContain('6 har vurderet.');
    expect(html).toMatch(/Tvivlsom<\/span> <span class="verdict-number">4<\/span>/);
    expect(html).toContain('1 begrundelse');
    expect(html).toContain('Systemet er ikke klar');
    expect(html).toContain('aria-label="Vurdér: Alle er lært op"');
  });
});
