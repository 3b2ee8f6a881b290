import { useState } from 'react';
import { STATUS_COMMENT_MAX_LENGTH } from '../../../domain/actionPlan.ts';
import { DateSchema } from '../../../domain/workshopCommands.ts';
import { ACTION_STATUSES, ACTION_TEXT_MAX_LENGTH, type ActionScope, type ActionStatus, type UpwardTarget } from '../../../domain/workshopState.ts';
import type { ActionChangeBody, ActionRecordView } from '../../../protocol/actionPlan.ts';
import { actionsApi } from '../../api/actionsApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { useT } from '../../i18n/useT.ts';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { TextInputField } from '../../ui/TextInputField.tsx';
import { useMembers } from '../organisation/useMembers.ts';
import { ActionScopeFields, scopeFields } from '../workshopSteps/ActionScopeFields.tsx';
import { changedFields, type ActionForm } from './actionForm.ts';

const NOBODY = '__nobody__';

interface ActionChangeDialogProps {
  readonly organisationId: string;
  readonly action: ActionRecordView;
  readonly onClose: () => void;
  readonly onSaved: (action: ActionRecordView) => void;
}

/**
 * Following an action up: where it stands, its date, how it is followed up, and a comment for the
 * history (the reason, when it is dropped). Those who run the dialogue also change what it is, the
 * problem it answers, who answers for it and whether it is sent upward.
 */
export function ActionChangeDialog({ organisationId, action, onClose, onSaved }: ActionChangeDialogProps) {
  const { t } = useT();
  const all = action.mayChange === 'all';
  const initial: ActionForm = {
    status: action.status,
    due: action.due ?? '',
    followUp: action.followUp,
    what: action.what,
    problem: action.problem,
    who: action.who,
    responsibleUserId: action.responsibleUserId,
    scope: action.scope,
    upwardTo: action.upwardTo,
  };
  const [form, setForm] = useState<ActionForm>(initial);
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [badDate, setBadDate] = useState(false);
  const set = (change: Partial<ActionForm>) => {
    setForm((current) => ({ ...current, ...change }));
    setFailure(null);
    setBadDate(false);
  };
  const dropping = form.status === 'dropped' && action.status !== 'dropped';

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (form.due !== '' && !DateSchema.safeParse(form.due).success) {
      setBadDate(true);
      return;
    }
    const body: ActionChangeBody = { ...changedFields(initial, form, all), ...(comment.trim() ? { comment: comment.trim() } : {}) };
    setBusy(true);
    const result = await actionsApi.change(organisationId, action.projectId, action.id, body);
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    onSaved(result.value);
  };

  return (
    <FormDialog title={t('actionPlan.changeTitle', { what: action.what })} onClose={onClose} onSubmit={(e) => void handleSubmit(e)} submitLabel={t('common.save')} submitDisabled={busy} wide>
      {all ? (
        <>
          <TextInputField label={t('actionPlan.what')} value={form.what} onChange={(what) => set({ what })} multiline isRequired maxLength={ACTION_TEXT_MAX_LENGTH} />
          <TextInputField
            label={t('actionPlan.problem')}
            description={t('actionPlan.problemHint')}
            value={form.problem}
            onChange={(problem) => set({ problem })}
            multiline
            maxLength={ACTION_TEXT_MAX_LENGTH}
          />
          <div className="form-row">
            <ResponsibleField organisationId={organisationId} value={form.responsibleUserId} onChange={(responsibleUserId) => set({ responsibleUserId })} />
            <TextInputField label={t('actionPlan.whoAsWritten')} description={t('actionPlan.whoHint')} value={form.who} onChange={(who) => set({ who })} maxLength={ACTION_TEXT_MAX_LENGTH} />
          </div>
          <ActionScopeFields
            scope={form.scope}
            upwardTo={form.upwardTo ?? 'committee'}
            onScope={(scope: ActionScope) => set(scopeFields(scope, form.upwardTo ?? 'committee'))}
            onUpwardTo={(upwardTo: UpwardTarget) => set({ upwardTo })}
          />
        </>
      ) : null}
      <div className="form-row">
        <SelectField
          label={t('actions.status')}
          value={form.status}
          onChange={(status) => set({ status: status as ActionStatus })}
          options={ACTION_STATUSES.map((s) => ({ id: s, label: t(`actionStatus.${s}`) }))}
        />
        <TextInputField label={t('actions.due')} type="date" value={form.due} onChange={(due) => set({ due })} error={badDate ? t('review.dueInvalid') : null} />
      </div>
      <TextInputField
        label={t('actionPlan.followUpField')}
        description={t('actionPlan.followUpHint')}
        value={form.followUp}
        onChange={(followUp) => set({ followUp })}
        multiline
        maxLength={ACTION_TEXT_MAX_LENGTH}
      />
      <TextInputField
        label={dropping ? t('actionPlan.reason') : t('actionPlan.comment')}
        description={dropping ? t('actionPlan.reasonHint') : t('actionPlan.commentHint')}
        value={comment}
        onChange={(value) => {
          setComment(value);
          setFailure(null);
        }}
        multiline
        isRequired={dropping}
        maxLength={STATUS_COMMENT_MAX_LENGTH}
      />
      {failure ? <FailureMessage failure={failure} /> : null}
    </FormDialog>
  );
}

/** Who answers for the action: one of the organisation's members, or nobody yet. */
function ResponsibleField({ organisationId, value, onChange }: { organisationId: string; value: string | null; onChange: (userId: string | null) => void }) {
  const { t } = useT();
  const { load } = useMembers(organisationId);
  const members = load.status === 'ready' ? load.members.members : [];
  const options = [{ id: NOBODY, label: t('actionPlan.nobody') }, ...members.map((m) => ({ id: m.userId, label: m.name }))];
  // Someone no longer a member stays chosen until changed; they are shown by what the plan knows.
  const known = value === null || members.some((m) => m.userId === value) || load.status !== 'ready';
  return (
    <SelectField
      label={t('actionPlan.responsible')}
      value={known ? (value ?? NOBODY) : NOBODY}
      onChange={(id) => onChange(id === NOBODY ? null : id)}
      options={options}
      placeholder={load.status === 'loading' ? t('actionPlan.membersLoading') : undefined}
    />
  );
}
