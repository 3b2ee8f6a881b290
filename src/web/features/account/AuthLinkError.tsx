import { useSearch } from 'wouter';
import { useT } from '../../i18n/useT.ts';

/**
 * When a sign-in or confirmation link from a mail has been used or has expired, the server
 * sends the browser back with `?error=…`; say so in words rather than leave the person guessing.
 */
export function AuthLinkError() {
  const { t } = useT();
  const search = useSearch();
  if (!new URLSearchParams(search).has('error')) return null;
  return (
    <p className="callout callout-error" role="alert">
      {t('account.linkExpired')}
    </p>
  );
}
