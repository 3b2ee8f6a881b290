import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ComparisonResponse } from '../../../protocol/comparison.ts';
import { ComparisonView } from './ComparisonView.tsx';

const side = (title: string, contributors: number) => ({ workshopId: title, title, contributors });
const shown: ComparisonResponse = {
  expected: side('Kompasset før', 8),
  experienced: side('Status efter', 6),
  minGroupSize: 5,
  hiddenReason: null,
  traits: [
    { traitId: 'realistic', expectedPositive: 4, expectedNegative: 7, experiencedPositive: 2, experiencedNegative: 9 },
    { traitId: 'recognised', expectedPositive: 3, expectedNegative: 1, experiencedPositive: 5, experiencedNegative: 0 },
  ],
};

describe('ComparisonView', () => {
  it('puts every number in a table, and keeps the bars from screen readers', () => {
    const html = renderToStaticMarkup(<ComparisonView comparison={shown} />);
    expect(html).toContain('<div class="comparison-chart" aria-hidden="true">');
    const table = html.slice(html.indexOf('<table'));
    expect(table).toContain('<th scope="row">Realistisk</th><td>4</td><td>2</td><td>7</td><td>9</td>');
    expect(table).toContain('<th scope="row">Anerkendt</th><td>3</td><td>5</td><td>1</td><td>0</td>');
    expect(html).toContain('Forventet: »Kompasset før« (8 bidrog)');
  });

  it('says why it is hidden, with the numbers, and shows no counts', () => {
    const hidden: ComparisonResponse = { ...shown, experienced: side('Status efter', 3), traits: null, hiddenReason: 'too_few_experienced' };
    const html = renderToStaticMarkup(<ComparisonView comparison={hidden} />);
    expect(html).toContain('Kun 3 bidrog i efter-workshoppen »Status efter«. Sammenligningen vises, når mindst 5 har bidraget på begge sider.');
    expect(html).not.toContain('<table');
  });

  it('says when there is no workshop to compare with yet', () => {
    const none: ComparisonResponse = { expected: null, experienced: null, minGroupSize: 5, traits: null, hiddenReason: 'no_expected' };
    expect(renderToStaticMarkup(<ComparisonView comparison={none} />)).toContain('endnu ikke holdt en kompas-workshop');
  });
});
