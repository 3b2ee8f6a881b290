import { INVISIBLE_WORK, TASK_MOVES } from '../../../domain/method/taskMoves.ts';
import { useT } from '../../i18n/useT.ts';
import { headingsAt, type InfoProps } from './infoHeadings.ts';
import './workshopSteps.css';

/** The three ways technology moves tasks, each with an example, and the invisible work beside them. */
export function TaskMovesInfo({ headingLevel = 2, compact }: InfoProps) {
  const { t, l } = useT();
  const { Heading, SubHeading } = headingsAt(headingLevel);
  return (
    <ul className={compact ? 'trait-cards method-cards method-cards-compact' : 'trait-cards method-cards'}>
      {TASK_MOVES.map((move) => (
        <li key={move.id} className="trait-card method-card">
          <Heading className="trait-name">{l(move.name)}</Heading>
          <p>{l(move.explanation)}</p>
          {compact ? null : (
            <>
              <SubHeading className="trait-subheading">{t('infoTaskMoves.example')}</SubHeading>
              <p>{l(move.example)}</p>
            </>
          )}
        </li>
      ))}
      <li className="trait-card method-card method-card-invisible">
        <Heading className="trait-name">{t('infoTaskMoves.invisibleTitle')}</Heading>
        <p>{l(INVISIBLE_WORK.explanation)}</p>
        <SubHeading className="trait-subheading">{t('infoTaskMoves.invisibleExamples')}</SubHeading>
        <ul className="trait-list">
          {INVISIBLE_WORK.examples.map((example) => (
            <li key={example.en}>{l(example)}</li>
          ))}
        </ul>
        {compact ? null : <p className="method-note">{l(INVISIBLE_WORK.whoCarriesIt)}</p>}
      </li>
    </ul>
  );
}
