import { useState } from 'react';
import { DateSchema } from '../../../domain/workshopCommands.ts';
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { TRAIT_IDS } from '../../../domain/rasmus.ts';
import { RASMUS_TRAITS } from '../../../domain/rasmusTraits.ts';
import { ACTION_STATUSES, ACTION_TEXT_MAX_LENGTH, type ActionScope, type ActionStatus, type UpwardTarget } from '../../../domain/workshopState.ts';
import type { ActionView, NoteView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import { newId } from '../../realtime/outbox.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { KindBadge } from '../../ui/KindBadge.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { TextInputField } from '../../ui/TextInputField.tsx';
import { ActionScopeFields, scopeFields } from '../workshopSteps/ActionScopeFields.tsx';

const NO_TRAIT = '__none__';

interface ActionDialogProps {
  /** The action to edit, or null to add one. */
  readonly action: ActionView | null;
  /** Notes the action can be linked to, most voted first. */
  readonly notes: readonly NoteView[];
  readonly client: WorkshopClient;
  readonly onClose: () => void;
}

/**
 * What, the problem it answers, who, by when, how it is followed up, status, whether it is ours or
 * sent upward, and the notes or trait it came from.
 */
export function ActionDialog({ action, notes, client, onClose }: ActionDialogProps) {
  const { t, l } = useT();
  const [what, setWhat] = useState(action?.what ?? '');
  const [problem, setProblem] = useState(action?.problem ?? '');
  const [followUp, setFollowUp] = useState(action?.followUp ?? '');
  const [who, setWho] = useState(action?.who ?? '');
  const [due, setDue] = useState(action?.due ?? '');
  const [status, setStatus] = useState<ActionStatus>(action?.status ?? 'open');
  const [traitId, setTraitId] = useState(action?.traitId ?? NO_TRAIT);
  const [noteIds, setNoteIds] = useState<string[]>([...(action?.noteIds ?? [])]);
  const [scope, setScope] = useState<ActionScope>(action?.scope ?? 'ours');
  const [upwardTo, setUpwardTo] = useState<UpwardTarget>(action?.upwardTo ?? 'committee');
  const [missing, setMissing] = useState(false);
  const [badDate, setBadDate] = useState(false);

  const handleSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (what.trim().length === 0) {
      setMissing(true);
      return;
    }
    // A date the server cannot read would be refused as a whole message and never leave the outbox.
    if (due !== '' && !DateSchema.safeParse(due).success) {
      setBadDate(true);
      return;
    }
    const fields = { what: what.trim(), problem: problem.trim(), who: who.trim(), due: due || null, followUp: followUp.trim(), noteIds, traitId: traitId === NO_TRAIT ? null : traitId, ...scopeFields(scope, upwardTo) };
    if (action) client.send({ type: 'action.update', actionId: action.id, ...fields, status });
    else client.send({ type: 'action.add', actionId: newId(), ...fields });
    onClose();
  };

  return (
    <FormDialog title={action ? t('actions.editTitle') : t('actions.addTitle')} onClose={onClose} onSubmit={handleSubmit} submitLabel={t('common.save')} wide>
      <TextInputField
        label={t('actions.what')}
        value={what}
        onChange={(value) => {
          setWhat(value);
          setMissing(false);
        }}
        multiline
        isRequired
        maxLength={ACTION_TEXT_MAX_LENGTH}
        error={missing ? t('actions.whatMissing') : null}
        autoFocus
      />
      <TextInputField label={t('actionFields.problem')} description={t('actionFields.problemHint')} value={problem} onChange={setProblem} multiline maxLength={ACTION_TEXT_MAX_LENGTH} />
      <div className="form-row">
        <TextInputField label={t('actions.who')} description={t('actions.whoHint')} value={who} onChange={setWho} maxLength={ACTION_TEXT_MAX_LENGTH} />
        <TextInputField
          label={t('actions.due')}
          type="date"
          value={due}
          onChange={(value) => {
            setDue(value);
            setBadDate(false);
          }}
          error={badDate ? t('review.dueInvalid') : null}
        />
      </div>
      <TextInputField label={t('actionFields.followUp')} description={t('actionFields.followUpHint')} value={followUp} onChange={setFollowUp} maxLength={ACTION_TEXT_MAX_LENGTH} />
      <ActionScopeFields scope={scope} upwardTo={upwardTo} onScope={setScope} onUpwardTo={setUpwardTo} />
      <div className="form-row">
        {action ? (
          <SelectField label={t('actions.status')} value={status} onChange={(v) => setStatus(v as ActionStatus)} options={ACTION_STATUSES.map((s) => ({ id: s, label: t(`actionStatus.${s}`) }))} />
        ) : null}
        <SelectField
          label={t('actions.trait')}
          value={traitId}
          onChange={setTraitId}
          options={[{ id: NO_TRAIT, label: t('actions.noTrait') }, ...TRAIT_IDS.map((id) => ({ id, label: l(RASMUS_TRAITS.find((tr) => tr.id === id)?.name ?? { da: id, en: id }) }))]}
        />
      </div>
      {notes.length > 0 ? (
        <CheckboxGroup className="field linked-notes-field" value={noteIds} onChange={setNoteIds}>
          <Label className="field-label">{t('actions.linkNotes')}</Label>
          <div className="scroll-box">
            {notes.map((note) => (
              <Checkbox key={note.id} value={note.id} className="checkbox checkbox-note">
                <span className="checkbox-box" aria-hidden="true">
                  <Icon name="check" size={14} />
                </span>
                <KindBadge kind={note.kind} showLabel={false} />
                <span>{note.text}</span>
              </Checkbox>
            ))}
          </div>
        </CheckboxGroup>
      ) : null}
    </FormDialog>
  );
}
