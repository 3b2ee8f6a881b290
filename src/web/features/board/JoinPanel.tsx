import { useT } from '../../i18n/useT.ts';
import { displayJoinCode, joinPath } from '../../ui/joinCodeText.ts';
import { QrCode } from '../../ui/QrCode.tsx';

/** The join code in big letters and as a QR code, readable from the back of the room. */
export function JoinPanel({ joinCode }: { joinCode: string }) {
  const { t } = useT();
  const url = `${window.location.origin}${joinPath(joinCode)}`;
  const host = window.location.host;
  return (
    <aside className="join-panel" aria-labelledby="join-panel-heading">
      <QrCode value={url} label={t('board.qrLabel', { url })} size={150} />
      <div className="join-panel-text">
        <h2 id="join-panel-heading" className="join-panel-heading">
          {t('board.joinAt', { host })}
        </h2>
        <p className="join-code" data-testid="join-code">
          <span className="visually-hidden">{t('board.codeIs')}</span>
          {displayJoinCode(joinCode)}
        </p>
      </div>
    </aside>
  );
}
