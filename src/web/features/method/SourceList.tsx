import { useT } from '../../i18n/useT.ts';

/** The two booklets the method comes from, and that Kompas says it in its own words. */
export function SourceList() {
  const { t } = useT();
  return (
    <>
      <p>{t('method.sourcesIntro')}</p>
      <ul className="method-sources">
        <li>
          <cite lang="da">{t('method.source1Title')}</cite>
          <p>{t('method.source1Publisher')}</p>
          <p>{t('method.source1About')}</p>
        </li>
        <li>
          <cite lang="da">{t('method.source2Title')}</cite>
          <p>{t('method.source2About')}</p>
        </li>
      </ul>
      <p>{t('method.ownWords')}</p>
    </>
  );
}
