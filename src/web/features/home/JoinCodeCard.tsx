import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useLocation } from 'wouter';
import { normalizeJoinCode } from '../../../domain/joinCode.ts';
import { useT } from '../../i18n/useT.ts';
import { TextInputField } from '../../ui/TextInputField.tsx';
import { tidyJoinCodeInput } from './joinCodeInput.ts';

/** "Join with a code": six characters, formatted like the projector shows them. */
export function JoinCodeCard() {
  const { t, error } = useT();
  const [, navigate] = useLocation();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);

  const handleSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const normalized = normalizeJoinCode(code);
    if (!normalized) {
      setInvalid(true);
      return;
    }
    navigate(`/j/${normalized}`);
  };

  return (
    <section className="card home-card" aria-labelledby="join-heading">
      <h2 id="join-heading">{t('home.joinTitle')}</h2>
      <p>{t('home.joinLead')}</p>
      <Form onSubmit={handleSubmit} className="form">
        <TextInputField
          label={t('home.joinCodeLabel')}
          value={code}
          onChange={(value) => {
            setCode(tidyJoinCodeInput(value));
            setInvalid(false);
          }}
          description={t('home.joinCodeHint')}
          error={invalid ? error('invalid_join_code') : null}
          autoComplete="off"
          inputClassName="field-input code-input"
          testId="join-code-input"
        />
        <Button type="submit" className="button button-primary button-large">
          {t('home.joinButton')}
        </Button>
      </Form>
    </section>
  );
}
