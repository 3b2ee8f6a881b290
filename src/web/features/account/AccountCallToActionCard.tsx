import { Link } from 'wouter';
import { useT } from '../../i18n/useT.ts';

/** For guests on the front page: a workplace that runs its own dialogues signs in or creates an account. */
export function AccountCallToActionCard() {
  const { t } = useT();
  return (
    <section className="card home-card" aria-labelledby="account-cta-heading">
      <h2 id="account-cta-heading">{t('account.ctaTitle')}</h2>
      <p>{t('account.ctaLead')}</p>
      <div className="button-row">
        <Link href="/sign-in" className="button button-primary button-large" data-testid="cta-sign-in">
          {t('account.signInLink')}
        </Link>
        <Link href="/sign-up" className="button button-large" data-testid="cta-sign-up">
          {t('account.signUpLink')}
        </Link>
      </div>
    </section>
  );
}
