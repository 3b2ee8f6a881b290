import type { Verdict } from '../../../protocol/registers.ts';
import { useT } from '../../i18n/useT.ts';

/** A mark per verdict, so that the kinds differ in shape as well as in colour. */
const MARKS: Readonly<Record<Verdict, string>> = { realistic: '✓', doubtful: '?', unrealistic: '✕' };

/** A verdict as a mark and its word. */
export function VerdictLabel({ verdict }: { verdict: Verdict }) {
  const { t } = useT();
  return (
    <span className={`verdict verdict-${verdict}`}>
      <span className="verdict-mark" aria-hidden="true">
        {MARKS[verdict]}
      </span>
      {t(`registers.verdict.${verdict}`)}
    </span>
  );
}
