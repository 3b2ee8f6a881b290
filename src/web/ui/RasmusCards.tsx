import type { Localized } from '../../domain/localized.ts';
import { RASMUS_TRAITS } from '../../domain/rasmusTraits.ts';
import { useT } from '../i18n/useT.ts';
import { Icon, type IconName } from './Icon.tsx';

interface RasmusCardsProps {
  readonly headingLevel?: 2 | 3;
  /** Name and meaning only, for the projector. */
  readonly compact?: boolean;
}

/** The six traits of good work as readable cards: what each means, and how it can go either way. */
export function RasmusCards({ headingLevel = 2, compact }: RasmusCardsProps) {
  const { t, l } = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  const examples = (icon: IconName, title: string, items: readonly Localized[]) => (
    <>
      <SubHeading className="trait-subheading">
        <Icon name={icon} size={18} /> {title}
      </SubHeading>
      <ul className="trait-list">
        {items.map((item) => (
          <li key={item.en}>{l(item)}</li>
        ))}
      </ul>
    </>
  );
  return (
    <ul className={compact ? 'trait-cards trait-cards-compact' : 'trait-cards'}>
      {RASMUS_TRAITS.map((trait) => (
        <li key={trait.id} className="trait-card">
          <Heading className="trait-name">
            <span className="trait-letter" aria-hidden="true">
              {trait.letter}
            </span>
            {l(trait.name)}
          </Heading>
          <p>{l(trait.meaning)}</p>
          {compact ? null : examples('plus', t('traits.strengthens'), trait.strengthens)}
          {compact ? null : examples('minus', t('traits.weakens'), trait.weakens)}
        </li>
      ))}
    </ul>
  );
}
