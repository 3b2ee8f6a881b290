import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useT } from '../../i18n/useT.ts';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * An address to hand on (to an identity provider, to colleagues): shown in full so it can be
 * read and selected, with a button that copies it. The result is said in a live region; where
 * the browser will not copy (an address without https), it says to copy by hand.
 */
export function CopyableUrl({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const { t } = useT();
  const [state, setState] = useState<CopyState>('idle');

  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <div className="copy-field">
      <span className="field-label">{label}</span>
      <div className="copy-row">
        <code className="copy-value" data-testid={testId}>
          {value}
        </code>
        <Button className="button button-small" aria-label={t('ssoSettings.copyOne', { label })} onPress={() => void handleCopy()}>
          {t('ssoSettings.copy')}
        </Button>
      </div>
      <span role="status" className={state === 'failed' ? 'copy-status copy-status-failed' : 'copy-status'}>
        {state === 'copied' ? t('ssoSettings.copied', { label }) : state === 'failed' ? t('ssoSettings.copyFailed') : ''}
      </span>
    </div>
  );
}
