import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './attachmentName.ts';

describe('attachmentDisposition', () => {
  it('gives an ASCII name for old clients and the name as written for the rest', () => {
    expect(attachmentDisposition('Referat - Ændringer på Ørsted Skole', 'pdf')).toBe(
      `attachment; filename="Referat - Aendringer paa Oersted Skole.pdf"; filename*=UTF-8''Referat%20-%20%C3%86ndringer%20p%C3%A5%20%C3%98rsted%20Skole.pdf`,
    );
  });

  it('keeps quotes, slashes and control characters out of the header', () => {
    const header = attachmentDisposition('Minutes - "A/B" test\r\nX-Evil: 1; (draft)', 'docx');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain(`filename="Minutes - A B test X-Evil 1_ (draft).docx"`);
    expect(header).toContain(`filename*=UTF-8''Minutes%20-%20A%20B%20test%20X-Evil%201%3B%20%28draft%29.docx`);
  });

  it('stands in for letters no ASCII stand-in exists for, and never leaves the name empty', () => {
    expect(attachmentDisposition('Møde 会议', 'pdf')).toContain('filename="Moede _.pdf"');
    expect(attachmentDisposition('///', 'pdf')).toContain('filename="Kompas.pdf"');
  });
});
