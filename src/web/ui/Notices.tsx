import { Button } from 'react-aria-components';
import type { Notice } from '../realtime/clientState.ts';
import { useT } from '../i18n/useT.ts';
import { Icon } from './Icon.tsx';

const SHOWN = 3;

/** Errors from the server as sentences in an alert, each dismissed by the person. */
export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: number) => void }) {
  const { t, error } = useT();
  const shown = notices.slice(-SHOWN);
  return (
    <div className="notices">
      {shown.map((notice) => (
        <div key={notice.id} className="notice" role="alert">
          <p>{error(notice.code)}</p>
          <Button className="icon-button" aria-label={t('common.dismiss')} onPress={() => onDismiss(notice.id)}>
            <Icon name="close" size={18} />
          </Button>
        </div>
      ))}
    </div>
  );
}
