import { Label, Radio, RadioGroup } from 'react-aria-components';
import { ACTION_SCOPES, UPWARD_TARGETS, type ActionScope, type UpwardTarget } from '../../../domain/workshopState.ts';
import { useT } from '../../i18n/useT.ts';
import './workshopSteps.css';

interface ActionScopeFieldsProps {
  readonly scope: ActionScope;
  readonly upwardTo: UpwardTarget;
  readonly onScope: (scope: ActionScope) => void;
  readonly onUpwardTo: (target: UpwardTarget) => void;
}

interface ChoicesProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly id: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
}

function Choices<T extends string>({ label, value, options, onChange }: ChoicesProps<T>) {
  return (
    <RadioGroup className="field radio-group" value={value} onChange={(chosen) => onChange(chosen as T)}>
      <Label className="field-label">{label}</Label>
      <div className="choice-grid choice-grid-wide">
        {options.map((option) => (
          <Radio key={option.id} value={option.id} className="choice">
            {option.label}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}

/** Whether the group does an action itself or sends it upward, and then to whom. */
export function ActionScopeFields({ scope, upwardTo, onScope, onUpwardTo }: ActionScopeFieldsProps) {
  const { t } = useT();
  return (
    <>
      <Choices label={t('actionScope.label')} value={scope} options={ACTION_SCOPES.map((id) => ({ id, label: t(`actionScope.choice.${id}`) }))} onChange={onScope} />
      {scope === 'upward' ? (
        <Choices label={t('actionScope.upwardToLabel')} value={upwardTo} options={UPWARD_TARGETS.map((id) => ({ id, label: t(`actionScope.target.${id}`) }))} onChange={onUpwardTo} />
      ) : null}
    </>
  );
}

/** What the scope fields send: a target only when the action goes upward. */
export function scopeFields(scope: ActionScope, upwardTo: UpwardTarget): { scope: ActionScope; upwardTo: UpwardTarget | null } {
  return { scope, upwardTo: scope === 'upward' ? upwardTo : null };
}
