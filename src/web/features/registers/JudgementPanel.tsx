import { useState } from 'react';
import { Button, FieldError, Label, Radio, RadioGroup } from 'react-aria-components';
import { JUDGEMENT_REASON_MAX_LENGTH, VERDICTS, type EntryView, type Verdict } from '../../../protocol/registers.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { registersApi } from '../../api/registersApi.ts';
import { useT } from '../../i18n/useT.ts';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { TextInputField } from '../../ui/TextInputField.tsx';
import { SuccessMessage } from '../organisation/SuccessMessage.tsx';
import { focusFirstInvalid } from '../projects/focusFirstInvalid.ts';
import { judgementState } from './judgementState.ts';
import type { RegistersScope } from './registersScope.ts';
import { VerdictLabel } from './VerdictLabel.tsx';

/**
 * How members judge one assumption: the counts once enough have judged (else how many have and how
 * many must), the reasons without names, the viewer's own judgement and the form to give or change it.
 */
export function JudgementPanel({ entry, title, scope }: { entry: EntryView; title: string; scope: RegistersScope }) {
  const { t, tn, n } = useT();
  const [judging, setJudging] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const state = judgementState(entry.judgements, scope.minGroupSize);
  const mine = entry.judgements?.mine ?? null;
  const reasons = entry.judgements?.reasons ?? [];

  return (
    <div className="judgements">
      {state.kind === 'counts' ? (
        <div className="judgement-counts">
          <p className="judgement-total">{tn('registers.judgedCount', state.total)}</p>
          <ul className="verdict-counts" aria-label={t('registers.judgementCounts', { row: title })}>
            {state.counts.map(({ verdict, count }) => (
              <li key={verdict} className={`verdict-count verdict-${verdict}`}>
                <VerdictLabel verdict={verdict} />{' '}
                <span className="verdict-number">{n(count)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="judgement-waiting">
          {tn('registers.judgedCount', state.total)} {t('registers.countsShownAt', { needed: n(state.needed) })}
        </p>
      )}
      {reasons.length > 0 ? (
        <details className="judgement-reasons">
          <summary>{tn('registers.reasons', reasons.length)}</summary>
          <ul>
            {reasons.map((reason, index) => (
              <li key={`${reason.at}-${index}`}>
                <VerdictLabel verdict={reason.verdict} /> <span className="project-text">{reason.reason}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="judgement-mine">
        {mine ? (
          <p>
            <span className="judgement-mine-label">{t('registers.yourJudgement')}</span> <VerdictLabel verdict={mine.verdict} /> <span className="project-text">{mine.reason}</span>
          </p>
        ) : (
          <p className="muted">{t('registers.notJudgedYet')}</p>
        )}
        <Button
          className="button button-small"
          onPress={() => {
            setNotice(null);
            setJudging(true);
          }}
          aria-label={mine ? t('registers.changeJudgementOne', { row: title }) : t('registers.judgeOne', { row: title })}
        >
          {mine ? t('registers.changeJudgement') : t('registers.judge')}
        </Button>
      </div>
      <SuccessMessage text={notice} />
      {judging ? (
        <JudgeDialog
          entry={entry}
          title={title}
          scope={scope}
          onClose={() => setJudging(false)}
          onSaved={(next) => {
            scope.onSaved(next);
            setJudging(false);
            setNotice(t('registers.judgementSaved'));
          }}
        />
      ) : null}
    </div>
  );
}

interface JudgeDialogProps {
  readonly entry: EntryView;
  readonly title: string;
  readonly scope: RegistersScope;
  readonly onClose: () => void;
  readonly onSaved: (entry: EntryView) => void;
}

/** Realistic, doubtful or unrealistic, and why: both are needed. */
function JudgeDialog({ entry, title, scope, onClose, onSaved }: JudgeDialogProps) {
  const { t } = useT();
  const mine = entry.judgements?.mine ?? null;
  const [verdict, setVerdict] = useState<Verdict | null>(mine?.verdict ?? null);
  const [reason, setReason] = useState(mine?.reason ?? '');
  const [showErrors, setShowErrors] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonMissing = reason.trim() === '';

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    if (verdict === null || reasonMissing) {
      setShowErrors(true);
      focusFirstInvalid(form);
      return;
    }
    setBusy(true);
    setFailure(null);
    const result = await registersApi.judge(scope.organisationId, scope.projectId, entry.id, { verdict, reason: reason.trim() });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setFailure(result.error);
  };

  return (
    <FormDialog
      title={t('registers.judgeTitle')}
      onClose={onClose}
      onSubmit={(event) => void handleSubmit(event)}
      submitLabel={busy ? t('registers.saving') : t('registers.judgeSubmit')}
      submitDisabled={busy}
    >
      <p className="judge-assumption">{title}</p>
      <p className="field-description">{t('registers.judgeLead')}</p>
      <RadioGroup
        className="field radio-group"
        value={verdict}
        onChange={(value) => setVerdict(VERDICTS.find((v) => v === value) ?? null)}
        isRequired
        isInvalid={showErrors && verdict === null}
        validationBehavior="aria"
      >
        <Label className="field-label">{t('registers.verdictLabel')}</Label>
        <div className="radio-column">
          {VERDICTS.map((v) => (
            <Radio key={v} value={v} className="radio" autoFocus={v === (verdict ?? VERDICTS[0])}>
              <VerdictLabel verdict={v} />
            </Radio>
          ))}
        </div>
        <FieldError className="field-error">{showErrors && verdict === null ? t('registers.verdictMissing') : null}</FieldError>
      </RadioGroup>
      <TextInputField
        label={t('registers.reasonLabel')}
        description={t('registers.reasonHint')}
        value={reason}
        onChange={setReason}
        multiline
        isRequired
        maxLength={JUDGEMENT_REASON_MAX_LENGTH}
        error={showErrors && reasonMissing ? t('registers.reasonMissing') : null}
      />
      <FailureMessage failure={failure} />
    </FormDialog>
  );
}
