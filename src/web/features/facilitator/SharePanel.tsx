import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import type { WorkshopView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import { Icon } from '../../ui/Icon.tsx';
import { displayJoinCode, joinPath } from '../../ui/joinCodeText.ts';

/**
 * How people get in (code and link) and how the facilitator opens the projector view. The board
 * link carries no secret: the board runs on the facilitator's session, which the browser sends
 * with the new tab's connection, so the address is safe on the big screen and in copied links.
 */
export function SharePanel({ workshop }: { workshop: WorkshopView }) {
  const { t } = useT();
  const [copied, setCopied] = useState(false);
  const joinUrl = `${window.location.origin}${joinPath(workshop.joinCode)}`;
  const boardUrl = `/w/${workshop.id}/board`;

  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(joinUrl);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="share-heading">
      <h2 id="share-heading" className="panel-title">
        {t('facilitator.share')}
      </h2>
      <p className="share-code">
        <span className="field-label">{t('facilitator.joinCode')}</span>
        <span className="share-code-value" data-testid="join-code">
          {displayJoinCode(workshop.joinCode)}
        </span>
      </p>
      <p className="share-link">
        <span className="field-label">{t('facilitator.joinLink')}</span>
        <a href={joinUrl}>{joinUrl}</a>
      </p>
      <div className="button-row">
        <Button className="button" onPress={() => void handleCopy()}>
          {t('facilitator.copyLink')}
        </Button>
        <span role="status" className="copy-status">
          {copied ? t('facilitator.copied') : ''}
        </span>
      </div>
      <a className="button button-primary" href={boardUrl} target="_blank" rel="noopener" data-testid="open-board">
        <Icon name="external" size={18} /> {t('facilitator.openBoard')}
        <span className="visually-hidden">{t('common.opensNewTab')}</span>
      </a>
      <p className="field-description">{t('facilitator.openBoardHint')}</p>
      <Link href={`/w/${workshop.id}/summary`} className="text-link">
        {t('facilitator.summaryLink')}
      </Link>
    </section>
  );
}
