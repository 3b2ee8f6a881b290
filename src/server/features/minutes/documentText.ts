import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Tests only: the text a reader can select in a PDF, page after page, with runs of space made one. */
export async function pdfText(pdf: Uint8Array): Promise<{ text: string; pages: number }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join(''));
  }
  await document.destroy();
  return { text: squeeze(pages.join(' ')), pages: document.numPages };
}

/** Tests only: the text of a Word document's body, with runs of space made one. */
export async function docxText(docx: Buffer): Promise<string> {
  return squeeze((await mammoth.extractRawText({ buffer: docx })).value);
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
