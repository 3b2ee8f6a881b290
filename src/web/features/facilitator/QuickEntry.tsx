import { useRef, useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { NOTE_KINDS, type NoteKindId } from '../../../domain/noteKinds.ts';
import type { TemplateDefinition } from '../../../domain/template.ts';
import type { WorkshopOptions } from '../../../domain/workshopOptions.ts';
import { useT } from '../../i18n/useT.ts';
import { categoriesOfStep } from '../../realtime/boardSelectors.ts';
import { newId } from '../../realtime/outbox.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { NoteFields, noteIsComplete } from '../../ui/NoteFields.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { categoryQuestionKey } from '../workshopSteps/categoryQuestion.ts';
import { PaperHeadcount } from './PaperHeadcount.tsx';
import { altShortcut, parseQuickCode } from './quickEntryCode.ts';

interface QuickEntryProps {
  readonly template: TemplateDefinition;
  /** The step on screen; the facilitator may also catch up an earlier step. */
  readonly currentStepIndex: number;
  readonly options: WorkshopOptions;
  /** Per step, how many wrote on paper (the workshop's paperHeadcounts). */
  readonly paperHeadcounts: Readonly<Record<string, number>>;
  readonly client: WorkshopClient;
}

/**
 * "Type for the room": the facilitator turns paper notes into the same record, fast. A short
 * code ("3g": trait 3, green) then Enter, the text then Enter; the choice stays for the next
 * note. Alt+digit and Alt+letter change it without leaving the text.
 */
export function QuickEntry({ template, currentStepIndex, options, paperHeadcounts, client }: QuickEntryProps) {
  const { t, l } = useT();
  const noteSteps = template.steps.filter((s) => s.categorySet !== null);
  const current = template.steps[currentStepIndex];
  const [stepId, setStepId] = useState(current?.categorySet ? current.id : (noteSteps[0]?.id ?? ''));
  const step = noteSteps.find((s) => s.id === stepId) ?? noteSteps[0];
  const [code, setCode] = useState('');
  const [chosenCategory, setCategory] = useState<string | null>(null);
  const [chosenKind, setKind] = useState<NoteKindId | null>(null);
  const [text, setText] = useState('');
  const [added, setAdded] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  if (!step) return null;
  const categories = categoriesOfStep(step, options);
  const category = categories.some((c) => c.id === chosenCategory) ? chosenCategory : null;
  const kind = chosenKind && step.noteKinds.includes(chosenKind) ? chosenKind : step.noteKinds.length === 1 ? (step.noteKinds[0] ?? null) : null;

  const applyCode = (value: string) => {
    const choice = parseQuickCode(value, categories.length, step.noteKinds);
    if (choice.categoryIndex !== null) setCategory(categories[choice.categoryIndex]?.id ?? null);
    if (choice.kind) setKind(choice.kind);
  };

  const focusText = () => document.querySelector<HTMLTextAreaElement>('#quick-entry textarea')?.focus();

  const handleSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!noteIsComplete(category, kind, text) || category === null || kind === null) {
      setShowErrors(true);
      return;
    }
    client.send({ type: 'note.add', noteId: newId(), stepId: step.id, category, kind, text: text.trim() });
    const categoryName = categories.find((c) => c.id === category);
    setAdded(t('quick.added', { category: categoryName ? l(categoryName.label) : '', kind: l(NOTE_KINDS[kind].label) }));
    setText('');
    setCode('');
    setShowErrors(false);
    codeRef.current?.focus();
  };

  const handleTextKeyDown = (event: React.KeyboardEvent) => {
    if (event.altKey) {
      const key = altShortcut(event.code);
      if (key) {
        event.preventDefault();
        applyCode(key);
      }
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      (event.currentTarget as HTMLTextAreaElement).form?.requestSubmit();
    }
  };

  return (
    <section className="panel quick-entry" aria-labelledby="quick-heading" id="quick-entry">
      <h2 id="quick-heading" className="panel-title">
        {t('quick.title')}
      </h2>
      <p className="field-description">{t('quick.help', { count: categories.length })}</p>
      <Form onSubmit={handleSubmit} className="form">
        {noteSteps.length > 1 ? (
          <SelectField label={t('quick.step')} value={step.id} onChange={setStepId} options={noteSteps.map((s) => ({ id: s.id, label: l(s.title) }))} />
        ) : null}
        <TextField
          className="field field-code"
          value={code}
          onChange={(value) => {
            setCode(value);
            applyCode(value);
          }}
          autoComplete="off"
        >
          <Label className="field-label">{t('quick.code')}</Label>
          <Input
            ref={codeRef}
            className="field-input code-input-small"
            data-testid="quick-code"
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                focusText();
              }
            }}
          />
        </TextField>
        <NoteFields
          categories={categories.map((c, i) => ({ ...c, label: { da: `${i + 1} ${c.label.da}`, en: `${i + 1} ${c.label.en}` } }))}
          kinds={step.noteKinds}
          category={category}
          kind={kind}
          text={text}
          onCategory={setCategory}
          onKind={setKind}
          onText={setText}
          categoryLabel={t(categoryQuestionKey(step.categorySet))}
          showErrors={showErrors}
          kindShortcuts
          onTextKeyDown={handleTextKeyDown}
        />
        <Button type="submit" className="button button-primary" data-testid="quick-add">
          {t('quick.add')}
        </Button>
        <p role="status" className="quick-added">
          {added}
        </p>
      </Form>
      <PaperHeadcount key={step.id} stepId={step.id} saved={paperHeadcounts[step.id] ?? 0} client={client} />
    </section>
  );
}
