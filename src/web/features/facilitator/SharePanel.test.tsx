import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { workshopView } from '../../realtime/testFixtures.ts';
import { SharePanel } from './SharePanel.tsx';

describe('SharePanel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('links to the board and the summary by their plain addresses, with no secret in them', () => {
    const location = { origin: 'https://kompas.test', pathname: '/w/w1/facilitate', search: '', hash: '' };
    vi.stubGlobal('location', location);
    vi.stubGlobal('window', { location });
    const html = renderToStaticMarkup(<SharePanel workshop={workshopView({ id: 'w1', joinCode: 'K7M4QX' })} />);
    expect(html).toContain('href="/w/w1/board"');
    expect(html).toContain('href="/w/w1/summary"');
    expect(html).toContain('href="https://kompas.test/j/K7M4QX"');
    expect(html).not.toMatch(/key=|kf_/);
  });

  it('shows the code once formatted, whichever form it came in', () => {
    const location = { origin: 'https://kompas.test', pathname: '/w/w1/facilitate', search: '', hash: '' };
    vi.stubGlobal('location', location);
    vi.stubGlobal('window', { location });
    for (const joinCode of ['K7M4QX', 'K7M-4QX']) {
      const html = renderToStaticMarkup(<SharePanel workshop={workshopView({ id: 'w1', joinCode })} />);
      expect(html).toContain('>K7M-4QX<');
      expect(html).toContain('href="https://kompas.test/j/K7M4QX"');
      expect(html).not.toContain('K7M--4QX');
    }
  });
});
