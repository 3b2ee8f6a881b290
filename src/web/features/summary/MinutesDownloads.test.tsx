import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { da } from '../../i18n/da.ts';
import { MinutesDownloads } from './MinutesDownloads.tsx';
import { fetchMinutes, fileNameOf } from './minutesDownload.ts';

/** A fetch that answers once with `response` and remembers what it was asked. */
function answering(response: Response) {
  return vi.fn<typeof fetch>(async () => response);
}

const headersOf = (fetcher: ReturnType<typeof answering>) => new Headers(fetcher.mock.calls[0]?.[1]?.headers);

describe('MinutesDownloads', () => {
  it('offers the minutes as real links to the PDF and the Word file, with their names in words', () => {
    const html = renderToStaticMarkup(<MinutesDownloads workshopId="w 1" token={null} />);
    const links = [...html.matchAll(/<a [^>]*>[^<]*<\/a>/g)].map((m) => m[0]);
    expect(links).toHaveLength(2);
    expect(links[0]).toContain('href="/api/workshops/w%201/minutes.pdf"');
    expect(links[0]).toContain(`>${da['minutesDownloads.pdf']}</a>`);
    expect(links[1]).toContain('href="/api/workshops/w%201/minutes.docx"');
    expect(links[1]).toContain(`>${da['minutesDownloads.docx']}</a>`);
    for (const link of links) expect(link).toContain('download=""');
    // The status line is there before anything happens, so a screen reader hears what comes.
    expect(html).toContain('role="status"');
    expect(html).not.toContain('role="alert"');
  });
});

/** The header the server sends with the minutes (features/minutes/attachmentName.ts). */
const DISPOSITION = {
  danish: `attachment; filename="Referat - Nyt vagtplanssystem paa Aeroe.pdf"; filename*=UTF-8''Referat%20-%20Nyt%20vagtplanssystem%20p%C3%A5%20%C3%86r%C3%B8.pdf`,
  cafe: `attachment; filename="Minutes - Cafe.docx"; filename*=UTF-8''Minutes%20-%20Caf%C3%A9.docx`,
};

describe('fetchMinutes', () => {
  const pdf = () =>
    new Response(new Uint8Array([37, 80, 68, 70]), {
      headers: { 'content-type': 'application/pdf', 'content-disposition': DISPOSITION.danish },
    });

  it('sends the participant token a guest read the summary with, and names the file as the server does', async () => {
    const fetcher = answering(pdf());
    const result = await fetchMinutes('w1', 'pdf', 'guest-token', fetcher);
    expect(fetcher.mock.calls[0]?.[0]).toBe('/api/workshops/w1/minutes.pdf');
    expect(headersOf(fetcher).get('authorization')).toBe('Bearer guest-token');
    if (!result.ok) throw new Error(result.error);
    expect(result.value.fileName).toBe('Referat - Nyt vagtplanssystem på Ærø.pdf');
    expect(result.value.blob.size).toBe(4);
  });

  it('sends no token for a member, whose session cookie goes along by itself', async () => {
    const fetcher = answering(pdf());
    await fetchMinutes('w1', 'docx', null, fetcher);
    expect(fetcher.mock.calls[0]?.[0]).toBe('/api/workshops/w1/minutes.docx');
    expect(headersOf(fetcher).has('authorization')).toBe(false);
  });

  it('gives the error code the server names, and network when there was no answer', async () => {
    const refused = new Response(JSON.stringify({ error: { code: 'workshop_not_found', detail: null } }), { status: 404 });
    expect(await fetchMinutes('w1', 'pdf', null, answering(refused))).toEqual({ ok: false, error: 'workshop_not_found' });
    expect(await fetchMinutes('w1', 'pdf', null, answering(new Response('<html>', { status: 502 })))).toEqual({ ok: false, error: 'internal' });
    const offline = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchMinutes('w1', 'pdf', null, offline)).toEqual({ ok: false, error: 'network' });
  });
});

describe('fileNameOf', () => {
  it('prefers the name as written over its ASCII stand-in', () => {
    expect(fileNameOf(DISPOSITION.cafe)).toBe('Minutes - Café.docx');
    expect(fileNameOf('attachment; filename="Referat.pdf"')).toBe('Referat.pdf');
    expect(fileNameOf("attachment; filename*=UTF-8''%E0%A4%A; filename=\"Referat.pdf\"")).toBe('Referat.pdf');
    expect(fileNameOf(null)).toBeNull();
  });
});
