import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SuccessMessage } from './SuccessMessage.tsx';

describe('SuccessMessage', () => {
  it('keeps its live region in the page while empty, hidden only visually', () => {
    const html = renderToStaticMarkup(<SuccessMessage text={null} />);
    expect(html).toBe('<div role="status" class="visually-hidden"></div>');
  });

  it('shows the text with a tick', () => {
    const html = renderToStaticMarkup(<SuccessMessage text="Gemt" />);
    expect(html).toContain('class="success-message"');
    expect(html).toContain('<span>Gemt</span>');
    expect(html).toContain('<svg');
  });
});
