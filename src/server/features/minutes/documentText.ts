import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Tests only: the text a reader can select in a PDF, page after page, with runs of space made one,
 * and whether each page lies on its side.
 */
export async function pdfText(pdf: Uint8Array): Promise<{ text: string; pages: number; landscape: boolean[] }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  const landscape: boolean[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join(''));
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    landscape.push(x1 - x0 > y1 - y0);
  }
  await document.destroy();
  return { text: squeeze(pages.join(' ')), pages: document.numPages, landscape };
}

/** Tests only: the text of a Word document's body, with runs of space made one. */
export async function docxText(docx: Buffer): Promise<string> {
  return squeeze((await mammoth.extractRawText({ buffer: docx })).value);
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
