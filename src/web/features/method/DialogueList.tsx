import { TEMPLATE_IDS, TEMPLATES } from '../../../domain/templateRegistry.ts';
import { useT } from '../../i18n/useT.ts';

/** The dialogues Kompas can run, in the order they are offered, with whom each is for. */
export function DialogueList() {
  const { t, l } = useT();
  return (
    <ul className="trait-cards">
      {TEMPLATE_IDS.map((id) => {
        const template = TEMPLATES[id];
        if (!template) return null;
        return (
          <li key={id} className="trait-card">
            <h3>{l(template.name)}</h3>
            <p>{l(template.description)}</p>
            <p>
              <strong>{t('method.dialogueAudience')}</strong> {l(template.audience)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
