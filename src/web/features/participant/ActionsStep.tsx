import { useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ACTION_TEXT_MAX_LENGTH, type ActionScope, type UpwardTarget } from '../../../domain/workshopState.ts';
import { useT } from '../../i18n/useT.ts';
import type { ClientState } from '../../realtime/clientState.ts';
import { newId } from '../../realtime/outbox.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { ActionList } from '../../ui/ActionList.tsx';
import { TextInputField } from '../../ui/TextInputField.tsx';
import { ActionScopeFields, scopeFields } from '../workshopSteps/ActionScopeFields.tsx';

interface ActionForm {
  readonly what: string;
  readonly who: string;
  readonly due: string;
  readonly scope: ActionScope;
  readonly upwardTo: UpwardTarget;
}
const EMPTY: ActionForm = { what: '', who: '', due: '', scope: 'ours', upwardTo: 'committee' };

/** The actions step on a phone: what has been decided, and a form to propose an action. */
export function ActionsStep({ state, client }: { state: ClientState; client: WorkshopClient }) {
  const { t, error } = useT();
  const [form, setForm] = useState<ActionForm>(EMPTY);
  const [missingWhat, setMissingWhat] = useState(false);
  const [retryBlocked, setRetryBlocked] = useState(false);
  const proposeHeading = useRef<HTMLHeadingElement>(null);
  const actions = [...state.board.actions.values()];
  const waiting = state.outbox.flatMap((e) => (e.command.type === 'action.add' ? [e.command] : []));
  const refused = state.rejected.flatMap((r) => (r.command.type === 'action.add' ? [{ ...r, command: r.command }] : []));

  const handleSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (form.what.trim().length === 0) {
      setMissingWhat(true);
      return;
    }
    client.send({
      type: 'action.add',
      actionId: newId(),
      what: form.what.trim(),
      who: form.who.trim(),
      due: form.due || null,
      noteIds: [],
      traitId: null,
      ...scopeFields(form.scope, form.upwardTo),
    });
    setForm(EMPTY);
    setRetryBlocked(false);
  };

  const handleRetry = (r: (typeof refused)[number]) => {
    // A proposal being written is never overwritten. Rather than a second dialog asking, it is
    // kept and a polite status line says why and what to do; the refusal stays until then.
    if (form.what.trim() || form.who.trim() || form.due) {
      setRetryBlocked(true);
      return;
    }
    setRetryBlocked(false);
    setForm({ what: r.command.what, who: r.command.who, due: r.command.due ?? '', scope: r.command.scope ?? 'ours', upwardTo: r.command.upwardTo ?? 'committee' });
    client.dismissRejected(r.commandId);
    // The pressed button goes with the refusal; focus moves to the form it was put back in.
    requestAnimationFrame(() => proposeHeading.current?.focus());
  };

  return (
    <div className="actions-step">
      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t('actions.listTitle')}</h2>
        {actions.length === 0 && waiting.length === 0 ? <p className="muted">{t('actions.none')}</p> : null}
        {actions.length > 0 ? <ActionList actions={actions} /> : null}
        {waiting.length > 0 ? (
          <ul className="plain-list">
            {waiting.map((a) => (
              <li key={a.actionId} className="pending-row">
                {t('actions.waiting', { what: a.what })}
              </li>
            ))}
          </ul>
        ) : null}
        {refused.map((r) => (
          <div key={r.commandId} className="callout callout-error">
            <p>{t('actions.refused', { what: r.command.what })}</p>
            <p>{error(r.code)}</p>
            <Button className="button button-small" onPress={() => handleRetry(r)}>
              {t('actions.backToForm')}
            </Button>
          </div>
        ))}
        <div role="status">{retryBlocked ? <p className="callout">{t('actions.retryKeepsForm', { button: t('actions.backToForm') })}</p> : null}</div>
      </section>
      {state.board.workshop?.status === 'finished' ? null : (
        <section aria-labelledby="propose-heading" className="card">
          <h2 id="propose-heading" ref={proposeHeading} tabIndex={-1}>{t('actions.proposeTitle')}</h2>
          <Form onSubmit={handleSubmit} className="form">
            <TextInputField
              label={t('actions.what')}
              value={form.what}
              onChange={(what) => {
                setForm({ ...form, what });
                setMissingWhat(false);
              }}
              multiline
              maxLength={ACTION_TEXT_MAX_LENGTH}
              isRequired
              error={missingWhat ? error('action_what_empty') : null}
            />
            <TextInputField label={t('actions.who')} description={t('actions.whoHint')} value={form.who} onChange={(who) => setForm({ ...form, who })} maxLength={ACTION_TEXT_MAX_LENGTH} />
            <TextInputField label={t('actions.due')} type="date" value={form.due} onChange={(due) => setForm({ ...form, due })} />
            <ActionScopeFields scope={form.scope} upwardTo={form.upwardTo} onScope={(scope) => setForm({ ...form, scope })} onUpwardTo={(upwardTo) => setForm({ ...form, upwardTo })} />
            <Button type="submit" className="button button-primary button-large">
              {t('actions.propose')}
            </Button>
          </Form>
        </section>
      )}
    </div>
  );
}
