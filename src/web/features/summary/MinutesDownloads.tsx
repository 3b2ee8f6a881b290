import { useRef, useState, type MouseEvent } from 'react';
import type { ApiError } from '../../api/apiRequest.ts';
import { useT } from '../../i18n/useT.ts';
import { fetchMinutes, MINUTES_FORMATS, minutesUrl, saveFile, type MinutesFormat } from './minutesDownload.ts';
import './minutesDownloads.css';

/**
 * The server's answers to someone it no longer lets read the workshop: a guest whose token stopped
 * counting when the workshop closed, or a member signed out meanwhile. Their own sentences speak of
 * join codes, which would mislead here.
 */
const REFUSED: ReadonlySet<ApiError> = new Set(['workshop_not_found', 'unauthorized']);

type Download = { state: 'idle' } | { state: 'busy' } | { state: 'saved' } | { state: 'failed'; error: ApiError };

/**
 * The summary's minutes as PDF and Word: real links to the files, followed by fetching the file
 * with the same credentials the summary was read with (`token` when this device took part) and
 * handing it to the browser's downloads, so a guest gets it too. What happens is said in a status
 * line, and a failure in an alert. Rendered inside the summary's button row.
 */
export function MinutesDownloads({ workshopId, token }: { workshopId: string; token: string | null }) {
  const { t, error } = useT();
  const [download, setDownload] = useState<Download>({ state: 'idle' });
  const busy = useRef(false);

  const fetchAndSave = async (format: MinutesFormat) => {
    if (busy.current) return;
    busy.current = true;
    setDownload({ state: 'busy' });
    const result = await fetchMinutes(workshopId, format, token);
    busy.current = false;
    if (!result.ok) {
      setDownload({ state: 'failed', error: result.error });
      return;
    }
    saveFile(result.value);
    setDownload({ state: 'saved' });
  };

  const onClick = (format: MinutesFormat) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    void fetchAndSave(format);
  };

  return (
    <>
      {MINUTES_FORMATS.map((format) => (
        <a key={format} className="button" href={minutesUrl(workshopId, format)} download onClick={onClick(format)}>
          {t(`minutesDownloads.${format}`)}
        </a>
      ))}
      <p className="minutes-download-message" role="status">
        {download.state === 'busy' ? t('minutesDownloads.busy') : download.state === 'saved' ? t('minutesDownloads.saved') : ''}
      </p>
      {download.state === 'failed' ? (
        <p className="minutes-download-message form-error" role="alert">
          {REFUSED.has(download.error) ? t('minutesDownloads.noAccess') : `${t('minutesDownloads.failed')} ${error(download.error)}`}
        </p>
      ) : null}
    </>
  );
}
