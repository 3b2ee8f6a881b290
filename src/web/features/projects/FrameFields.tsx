import { PROJECT_TEXT_MAX_LENGTH, type ProjectFrame, type ProjectFrameField } from '../../../domain/projectPhases.ts';
import { useT } from '../../i18n/useT.ts';
import { TextInputField } from '../../ui/TextInputField.tsx';
import { FRAME_SECTIONS } from './frameSections.ts';

interface FrameFieldsProps {
  readonly frame: ProjectFrame;
  readonly onChange: (field: ProjectFrameField, value: string) => void;
}

/** The frame's fields in their sections, each with a short explanation of what to write. */
export function FrameFields({ frame, onChange }: FrameFieldsProps) {
  const { t } = useT();
  return (
    <div className="frame-fields">
      {FRAME_SECTIONS.map((section) => (
        <fieldset key={section.id} className="frame-fieldset">
          <legend className="frame-legend">{t(`frame.section.${section.id}`)}</legend>
          {section.fields.map((field) => (
            <TextInputField
              key={field}
              label={t(`frame.${field}`)}
              description={t(`frame.${field}Hint`)}
              value={frame[field]}
              onChange={(value) => onChange(field, value)}
              multiline
              maxLength={PROJECT_TEXT_MAX_LENGTH}
              inputClassName="field-input field-textarea frame-textarea"
            />
          ))}
        </fieldset>
      ))}
    </div>
  );
}
