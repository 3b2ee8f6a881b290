import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { EntryView } from '../../../protocol/registers.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { registersApi } from '../../api/registersApi.ts';
import { useT } from '../../i18n/useT.ts';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { Icon } from '../../ui/Icon.tsx';
import type { RegistersScope } from './registersScope.ts';

/**
 * Who has said they do this invisible work themselves, and a button to add or take back one's own
 * name. Only one's own name: colleagues are never named by others.
 */
export function SelfNaming({ entry, title, scope }: { entry: EntryView; title: string; scope: RegistersScope }) {
  const { t, locale } = useT();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const named = entry.selfNamedByMe;
  const names = new Intl.ListFormat(locale === 'da' ? 'da-DK' : 'en-GB', { type: 'conjunction' }).format(entry.selfNamed);

  // Not disabled while the request runs: a disabled button would drop the keyboard focus.
  const handlePress = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    const result = await registersApi.nameSelf(scope.organisationId, scope.projectId, entry.id, !named);
    setBusy(false);
    if (!result.ok) setFailure(result.error);
    else if (result.value) scope.onSaved(result.value);
    else scope.reload();
  };

  return (
    <div className="self-naming">
      {entry.selfNamed.length > 0 ? (
        <p className="self-named">
          <Icon name="people" size={18} /> {t('registers.selfNamed', { names })}
        </p>
      ) : (
        <p className="muted">{t('registers.selfNamedNone')}</p>
      )}
      <Button
        className="button button-small"
        onPress={() => void handlePress()}
        aria-label={named ? t('registers.selfRemoveOne', { row: title }) : t('registers.selfAddOne', { row: title })}
      >
        {named ? <Icon name="minus" size={16} /> : <Icon name="plus" size={16} />} {named ? t('registers.selfRemove') : t('registers.selfAdd')}
      </Button>
      <FailureMessage failure={failure} />
    </div>
  );
}
