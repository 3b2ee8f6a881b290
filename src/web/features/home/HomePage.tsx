import { useT } from '../../i18n/useT.ts';
import { AppShell } from '../../ui/AppShell.tsx';
import { JoinCodeCard } from './JoinCodeCard.tsx';
import { StartWorkshopCard } from './StartWorkshopCard.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';

/** The front page: start a workshop, or join one with a code. */
export function HomePage() {
  const { t } = useT();
  usePageTitle(t('pageTitle.home'));
  return (
    <AppShell>
      <div className="home-intro">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
      </div>
      <div className="home-cards">
        <JoinCodeCard />
        <StartWorkshopCard />
      </div>
    </AppShell>
  );
}
