import type { Result } from '../../../domain/result.ts';
import { ErrorResponseSchema } from '../../../protocol/http.ts';
import type { ApiError } from '../../api/apiRequest.ts';

/** The files a workshop's minutes come as: PDF to keep, Word to edit. */
export const MINUTES_FORMATS = ['pdf', 'docx'] as const;
export type MinutesFormat = (typeof MINUTES_FORMATS)[number];

export function minutesUrl(workshopId: string, format: MinutesFormat): string {
  return `/api/workshops/${encodeURIComponent(workshopId)}/minutes.${format}`;
}

export interface MinutesFile {
  readonly blob: Blob;
  readonly fileName: string;
}

/**
 * The minutes as a file, read the way the summary was: with the participant token as a bearer
 * token when this device took part (a plain link cannot send one), else on the session cookie.
 */
export async function fetchMinutes(workshopId: string, format: MinutesFormat, token: string | null, fetcher: typeof fetch = fetch): Promise<Result<MinutesFile, ApiError>> {
  let response: Response;
  try {
    response = await fetcher(minutesUrl(workshopId, format), { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    return { ok: false, error: 'network' };
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const parsed = ErrorResponseSchema.safeParse(body);
    return { ok: false, error: parsed.success ? parsed.data.error.code : 'internal' };
  }
  try {
    const blob = await response.blob();
    return { ok: true, value: { blob, fileName: fileNameOf(response.headers.get('content-disposition')) ?? `minutes.${format}` } };
  } catch {
    return { ok: false, error: 'network' };
  }
}

/** The file name a Content-Disposition header gives: `filename*` (UTF-8, as written) before plain `filename`. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // Not valid percent-encoding: fall back on the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? null;
}

/** Hands a fetched file to the browser's downloads, as if a link to it had been followed. */
export function saveFile({ blob, fileName }: MinutesFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the time the click returns; the delay spares slow ones.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
