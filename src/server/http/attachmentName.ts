/**
 * A Content-Disposition header that downloads a file under a name made from a workshop's title:
 * `filename` with an ASCII stand-in for clients that read only that (æ → ae, ø → oe, å → aa, other
 * accents dropped), and `filename*` (RFC 5987) with the name as written, for every current browser.
 */
export function attachmentDisposition(baseName: string, extension: string): string {
  const cleaned = baseName.replace(/[\p{Cc}\\/:*?"<>|]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'Kompas';
  const ascii = cleaned
    .replace(/[æÆøØåÅ]/g, (c) => ASCII_STAND_INS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]+/g, '_')
    .replace(/[%;,]/g, '_');
  const encoded = encodeURIComponent(`${cleaned}.${extension}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encoded}`;
}

const ASCII_STAND_INS: Readonly<Record<string, string>> = { æ: 'ae', Æ: 'Ae', ø: 'oe', Ø: 'Oe', å: 'aa', Å: 'Aa' };
