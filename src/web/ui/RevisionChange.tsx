import { useT } from '../i18n/useT.ts';

/**
 * One changed field in a history: its name, what it was before (left out for the first version)
 * and what it became, each marked in words, not by colour.
 */
export function RevisionChange({ label, before, after }: { label: string; before: string | null; after: string }) {
  const { t } = useT();
  return (
    <div className="revision-change">
      <dt>{label}</dt>
      <dd>
        {before !== null ? (
          <span className="revision-before">
            <span className="revision-tag">{t('registers.before')}</span> {before}
          </span>
        ) : null}
        <span className="revision-after">
          <span className="revision-tag">{t('registers.after')}</span> {after}
        </span>
      </dd>
    </div>
  );
}
