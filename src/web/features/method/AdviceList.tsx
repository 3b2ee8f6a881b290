import { TEN_ADVICE } from '../../../domain/method/tenAdvice.ts';
import { useT } from '../../i18n/useT.ts';

/** The ten pieces of advice on involvement, numbered, each with what it means. */
export function AdviceList() {
  const { l } = useT();
  return (
    <ol className="trait-cards method-advice">
      {TEN_ADVICE.map((advice, index) => (
        <li key={advice.id} className="trait-card">
          <h3 className="trait-name">
            <span className="trait-letter" aria-hidden="true">
              {index + 1}
            </span>
            {l(advice.title)}
          </h3>
          <p>{l(advice.explanation)}</p>
        </li>
      ))}
    </ol>
  );
}
