import { RASMUS_TRAITS } from '../../domain/rasmusTraits.ts';
import { useT } from '../i18n/useT.ts';
import { Icon } from './Icon.tsx';

/** The six traits of good work as readable cards: what each means, and how it can go either way. */
export function RasmusCards({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t, l } = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <ul className="trait-cards">
      {RASMUS_TRAITS.map((trait) => (
        <li key={trait.id} className="trait-card">
          <Heading className="trait-name">
            <span className="trait-letter" aria-hidden="true">
              {trait.letter}
            </span>
            {l(trait.name)}
          </Heading>
          <p>{l(trait.meaning)}</p>
          <SubHeading className="trait-subheading">
            <Icon name="plus" size={18} /> {t('traits.strengthens')}
          </SubHeading>
          <ul className="trait-list">
            {trait.strengthens.map((item) => (
              <li key={item.en}>{l(item)}</li>
            ))}
          </ul>
          <SubHeading className="trait-subheading">
            <Icon name="minus" size={18} /> {t('traits.weakens')}
          </SubHeading>
          <ul className="trait-list">
            {trait.weakens.map((item) => (
              <li key={item.en}>{l(item)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
