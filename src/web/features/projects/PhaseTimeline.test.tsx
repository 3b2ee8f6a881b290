import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { da } from '../../i18n/da.ts';
import { PhaseTimeline } from './PhaseTimeline.tsx';

describe('PhaseTimeline', () => {
  const html = renderToStaticMarkup(<PhaseTimeline phase="assessment" step="benefit_mapping" />);

  it('is an ordered list of the four phases, each with an ordered list of its steps', () => {
    expect(html.match(/<ol class="timeline"/g)).toHaveLength(1);
    expect(html.match(/<li class="timeline-phase /g)).toHaveLength(4);
    expect(html.match(/<ol class="timeline-steps"/g)).toHaveLength(4);
    expect(html.match(/<li class="timeline-step /g)).toHaveLength(12);
  });

  it('marks exactly the current step with aria-current, and says every state in words', () => {
    expect(html.match(/aria-current="step"/g)).toHaveLength(1);
    expect(html).toMatch(/aria-current="step"[^>]*>.*Gevinstkortlægning/);
    const said = (text: string) => html.split(`>${text}<`).length - 1;
    // Done: the first phase, its four steps and the business case.
    expect(said(da['phase.done'])).toBe(1 + 4 + 1);
    // Now: the second phase in full words, its current step in short.
    expect(said(da['phase.current'])).toBe(1);
    expect(said(da['phase.currentShort'])).toBe(1);
    // Ahead: the last two phases and their six steps.
    expect(said(da['phase.ahead'])).toBe(2 + 6);
  });

  it('gives each state its own marker shape, not just a colour', () => {
    expect(html).toContain('timeline-marker timeline-marker-done');
    expect(html).toContain('timeline-marker timeline-marker-current');
    expect(html).toContain('timeline-marker timeline-marker-ahead');
  });
});
