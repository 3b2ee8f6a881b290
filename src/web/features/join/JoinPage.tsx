import { useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import { normalizeJoinCode } from '../../../domain/joinCode.ts';
import { DISPLAY_NAME_MAX_LENGTH } from '../../../domain/workshopState.ts';
import type { WorkshopLookupResponse } from '../../../protocol/http.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { kompasApi } from '../../api/kompasApi.ts';
import { useWorkshopLocaleDefault } from '../../i18n/localeStore.ts';
import { useT } from '../../i18n/useT.ts';
import { loadParticipant, saveParticipant } from '../../realtime/credentials.ts';
import { browserStore } from '../../realtime/localStore.ts';
import { AppShell } from '../../ui/AppShell.tsx';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { displayJoinCode } from '../../ui/joinCodeText.ts';
import { TextInputField } from '../../ui/TextInputField.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';

type Lookup = { state: 'loading' } | { state: 'found'; workshop: WorkshopLookupResponse } | { state: 'failed'; error: ApiError };

/** /j/:code — shows which workshop the code opens and lets a person join it, with or without a name. */
export function JoinPage({ code: rawCode }: { code: string }) {
  const { t } = useT();
  const [, navigate] = useLocation();
  const code = normalizeJoinCode(rawCode);
  const [lookup, setLookup] = useState<Lookup>(code ? { state: 'loading' } : { state: 'failed', error: 'invalid_join_code' });
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [joinError, setJoinError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!code) return;
    let current = true;
    void kompasApi.lookUpJoinCode(code).then((result) => {
      if (!current) return;
      setLookup(result.ok ? { state: 'found', workshop: result.value } : { state: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [code]);

  const workshop = lookup.state === 'found' ? lookup.workshop : null;
  useWorkshopLocaleDefault(workshop?.locale);
  usePageTitle(workshop ? t('pageTitle.join', { title: workshop.title }) : t('join.title'));
  const stored = workshop ? loadParticipant(browserStore(), workshop.workshopId) : null;

  const handleJoin = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!code || !workshop) return;
    setBusy(true);
    setJoinError(null);
    const displayName = workshop.anonymous || name.trim().length === 0 ? null : name.trim();
    const result = await kompasApi.join({ code, displayName });
    setBusy(false);
    if (!result.ok) {
      setJoinError(result.error);
      return;
    }
    const { workshopId, participantId, participantToken } = result.value;
    saveParticipant(browserStore(), workshopId, { participantId, participantToken });
    navigate(`/w/${workshopId}`);
  };

  return (
    <AppShell>
      <div className="narrow">
        {code ? <p className="eyebrow">{t('join.codeIs', { code: displayJoinCode(code) })}</p> : null}
        {lookup.state === 'loading' ? (
          <>
            <h1>{t('join.title')}</h1>
            <p role="status">{t('join.looking')}</p>
          </>
        ) : null}
        {lookup.state === 'failed' ? (
          <>
            <h1>{t('join.title')}</h1>
            <FailureMessage failure={lookup.error} />
            <p>
              <Link href="/" className="button">
                {t('join.tryAnotherCode')}
              </Link>
            </p>
          </>
        ) : null}
        {workshop ? (
          <>
            <h1 data-testid="join-workshop-title">{workshop.title}</h1>
            {workshop.status === 'finished' ? (
              <p className="callout">{t('join.finished')}</p>
            ) : null}
            {/* After the end this device's token no longer opens the workshop: nothing to continue. */}
            {stored && workshop.status === 'open' ? (
              <div className="callout">
                <p>{t('join.alreadyJoined')}</p>
                <Link href={`/w/${workshop.workshopId}`} className="button button-primary button-large" data-testid="continue-workshop">
                  {t('join.continue')}
                </Link>
              </div>
            ) : null}
            {workshop.status === 'open' ? (
              <Form onSubmit={(e) => void handleJoin(e)} className="form card">
                {stored ? <h2>{t('join.joinAgainTitle')}</h2> : null}
                {workshop.anonymous ? (
                  <p className="anonymous-note">{t('join.anonymousExplained')}</p>
                ) : (
                  <TextInputField
                    label={t('join.nameLabel')}
                    description={t('join.nameHint')}
                    value={name}
                    onChange={setName}
                    maxLength={DISPLAY_NAME_MAX_LENGTH}
                    autoComplete="nickname"
                    testId="display-name"
                  />
                )}
                <FailureMessage failure={joinError} />
                <Button type="submit" className={stored ? 'button button-large' : 'button button-primary button-large'} isDisabled={busy} data-testid="join-button">
                  {t('join.button')}
                </Button>
              </Form>
            ) : null}
          </>
        ) : null}
      </div>
    </AppShell>
  );
}
