import { useEffect, useId, useRef, useState } from 'react';
import { Button, FieldError, Input, Label, TextField } from 'react-aria-components';
import { PROJECT_TAG_MAX_LENGTH, PROJECT_TAGS_MAX } from '../../../domain/projectPhases.ts';
import { useT } from '../../i18n/useT.ts';
import { Icon } from '../../ui/Icon.tsx';
import { addTag, focusAfterRemoval, type TagRefusal } from './tagList.ts';

interface TagListFieldProps {
  /** What the list holds, e.g. "Staff groups". */
  readonly label: string;
  readonly description: string;
  /** The label of the text field that adds one, e.g. "Staff group to add". */
  readonly inputLabel: string;
  readonly tags: readonly string[];
  readonly onChange: (tags: string[]) => void;
  readonly testId?: string;
}

/**
 * A short list of names (staff groups, units): a text field and an Add button (Enter adds too),
 * and the names so far as chips, each with its own Remove button. After a removal, focus moves to
 * the chip that took its place, else the one before, else back to the text field; every change
 * is announced.
 */
export function TagListField({ label, description, inputLabel, tags, onChange, testId }: TagListFieldProps) {
  const { t } = useT();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [refusal, setRefusal] = useState<{ reason: TagRefusal; tag: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const removeButtons = useRef<(HTMLButtonElement | null)[]>([]);
  const pendingFocus = useRef<number | 'input' | null>(null);

  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target === 'input') input.current?.focus();
    else if (target !== null) removeButtons.current[target]?.focus();
  }, [tags]);

  const add = () => {
    const result = addTag(tags, draft, PROJECT_TAGS_MAX);
    if (!result.ok) {
      setRefusal({ reason: result.reason, tag: draft.trim() });
      input.current?.focus();
      return;
    }
    setRefusal(null);
    setDraft('');
    setAnnouncement(t('project.tagAdded', { tag: result.tag }));
    onChange(result.tags);
    input.current?.focus();
  };

  const remove = (index: number) => {
    const tag = tags[index];
    if (tag === undefined) return;
    const next = focusAfterRemoval(index, tags.length);
    pendingFocus.current = next ?? 'input';
    setRefusal(null);
    setAnnouncement(t('project.tagRemoved', { tag }));
    onChange(tags.filter((_, i) => i !== index));
  };

  const refusalText =
    refusal === null
      ? null
      : refusal.reason === 'empty'
        ? t('project.tagEmpty')
        : refusal.reason === 'duplicate'
          ? t('project.tagDuplicate', { tag: refusal.tag })
          : t('project.tagTooMany', { max: PROJECT_TAGS_MAX });

  return (
    <fieldset className="tag-field" aria-describedby={`${id}-description`} data-testid={testId}>
      <legend className="field-label">{label}</legend>
      <p id={`${id}-description`} className="field-description">
        {description}
      </p>
      {tags.length > 0 ? (
        <ul className="tag-list" aria-label={label}>
          {tags.map((tag, index) => (
            <li key={tag} className="tag-chip">
              <span>{tag}</span>
              <Button
                className="tag-remove"
                aria-label={t('project.tagRemove', { tag })}
                onPress={() => remove(index)}
                ref={(element) => {
                  removeButtons.current[index] = element;
                }}
              >
                <Icon name="close" size={16} />
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted tag-none">{t('project.tagNone')}</p>
      )}
      <div className="inline-form tag-add">
        <TextField
          className="field"
          value={draft}
          onChange={(value) => {
            setDraft(value);
            setRefusal(null);
          }}
          maxLength={PROJECT_TAG_MAX_LENGTH}
          isInvalid={refusal !== null}
          validationBehavior="aria"
        >
          <Label className="field-label">{inputLabel}</Label>
          <Input
            ref={input}
            className="field-input"
            onKeyDown={(event) => {
              // Enter adds the name here; it must not send the whole form.
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <FieldError className="field-error">{refusalText}</FieldError>
        </TextField>
        <Button className="button" onPress={add} aria-label={t('project.tagAddTo', { list: label })}>
          <Icon name="plus" size={18} /> {t('project.tagAdd')}
        </Button>
      </div>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </fieldset>
  );
}
