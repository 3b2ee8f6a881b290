import { Label, Radio, RadioGroup } from 'react-aria-components';
import type { Category } from '../../domain/categories.ts';
import { NOTE_KINDS, type NoteKindId } from '../../domain/noteKinds.ts';
import { NOTE_MAX_LENGTH } from '../../domain/workshopState.ts';
import { useT } from '../i18n/useT.ts';
import { Icon } from './Icon.tsx';
import { KindBadge } from './KindBadge.tsx';
import { TextInputField } from './TextInputField.tsx';

interface NoteFieldsProps {
  readonly categories: readonly Category[];
  readonly kinds: readonly NoteKindId[];
  readonly category: string | null;
  readonly kind: NoteKindId | null;
  readonly text: string;
  readonly onCategory: (id: string) => void;
  readonly onKind: (kind: NoteKindId) => void;
  readonly onText: (text: string) => void;
  readonly categoryLabel: string;
  readonly showErrors?: boolean;
  readonly autoFocusText?: boolean;
  /** Show each kind's keyboard shortcut (the facilitator's quick entry). */
  readonly kindShortcuts?: boolean;
  readonly onTextKeyDown?: (event: React.KeyboardEvent) => void;
}

const NEAR_LIMIT = 30;

/** Category, kind (colour, icon and words) and text of a note, with a live character count. */
export function NoteFields(props: NoteFieldsProps) {
  const { t, l, n } = useT();
  const { categories, kinds, category, kind, text, showErrors } = props;
  const length = text.trim().length;
  const left = NOTE_MAX_LENGTH - length;
  const tooLong = left < 0;
  return (
    <>
      <RadioGroup
        className="field radio-group"
        value={category}
        onChange={props.onCategory}
        isInvalid={showErrors && category === null}
      >
        <Label className="field-label">{props.categoryLabel}</Label>
        <div className="choice-grid">
          {categories.map((c) => (
            <Radio key={c.id} value={c.id} className="choice">
              {l(c.label)}
            </Radio>
          ))}
        </div>
        {showErrors && category === null ? <p className="field-error">{t('noteForm.chooseCategory')}</p> : null}
      </RadioGroup>
      {kinds.length > 1 ? (
        <RadioGroup className="field radio-group" value={kind} onChange={(v) => props.onKind(v as NoteKindId)} isInvalid={showErrors && kind === null}>
          <Label className="field-label">{t('noteForm.kind')}</Label>
          <div className="choice-grid choice-grid-kinds">
            {kinds.map((k) => (
              <Radio key={k} value={k} className={`choice choice-kind kind-${NOTE_KINDS[k].colour}`}>
                <Icon name={NOTE_KINDS[k].icon} size={18} />
                {l(NOTE_KINDS[k].label)}
                {props.kindShortcuts ? <kbd className="shortcut">{NOTE_KINDS[k].shortcut}</kbd> : null}
              </Radio>
            ))}
          </div>
          {showErrors && kind === null ? <p className="field-error">{t('noteForm.chooseKind')}</p> : null}
        </RadioGroup>
      ) : (
        <p className="field single-kind">
          <span className="field-label">{t('noteForm.kind')}</span> {kind ? <KindBadge kind={kind} /> : null}
        </p>
      )}
      <TextInputField
        label={t('noteForm.text')}
        value={text}
        onChange={props.onText}
        multiline
        autoFocus={props.autoFocusText}
        onKeyDown={props.onTextKeyDown}
        testId="note-text"
        error={tooLong ? t('noteForm.tooLong', { max: NOTE_MAX_LENGTH }) : showErrors && length === 0 ? t('noteForm.empty') : null}
        description={
          <span className={tooLong ? 'counter counter-over' : 'counter'} aria-live={left <= NEAR_LIMIT ? 'polite' : 'off'}>
            {t('noteForm.counter', { used: n(length), max: n(NOTE_MAX_LENGTH) })}
          </span>
        }
      />
    </>
  );
}

/** Whether a note can be sent as it stands. */
export function noteIsComplete(category: string | null, kind: NoteKindId | null, text: string): boolean {
  const length = text.trim().length;
  return category !== null && kind !== null && length > 0 && length <= NOTE_MAX_LENGTH;
}
