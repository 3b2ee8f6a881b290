import { Switch } from 'react-aria-components';
import { REMINDER_DAYS_BEFORE_MAX } from '../../../domain/actionReminders.ts';
import { useT } from '../../i18n/useT.ts';
import { WholeNumberField } from '../../ui/WholeNumberField.tsx';
import './reminderSettings.css';

/** Whether a number of days before a due date can be saved: a whole number from 0 (none) to the maximum. */
export function isValidReminderDays(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= REMINDER_DAYS_BEFORE_MAX;
}

/**
 * The settings page's reminders: how many days before an action's due date whoever answers for it
 * gets a mail (0 for none), and whether they get one once the date has passed. Part of the
 * settings form, saved with it.
 */
export function ReminderSettings({
  daysBefore,
  onDaysBeforeChange,
  daysInvalid,
  remindOverdue,
  onRemindOverdueChange,
}: {
  daysBefore: number;
  onDaysBeforeChange: (value: number) => void;
  daysInvalid: boolean;
  remindOverdue: boolean;
  onRemindOverdueChange: (value: boolean) => void;
}) {
  const { t } = useT();
  return (
    <fieldset className="reminder-settings" aria-describedby="reminder-settings-lead">
      <legend className="reminder-settings-legend">{t('reminders.title')}</legend>
      <p id="reminder-settings-lead" className="field-description">
        {t('reminders.lead')}
      </p>
      <WholeNumberField
        label={t('reminders.daysBefore')}
        value={daysBefore}
        onChange={onDaysBeforeChange}
        min={0}
        max={REMINDER_DAYS_BEFORE_MAX}
        description={t('reminders.daysBeforeHint', { max: REMINDER_DAYS_BEFORE_MAX })}
        error={daysInvalid ? t('reminders.daysBeforeInvalid', { max: REMINDER_DAYS_BEFORE_MAX }) : null}
        testId="settings-reminder-days"
      />
      <div className="field">
        <Switch className="switch" isSelected={remindOverdue} onChange={onRemindOverdueChange} aria-describedby="remind-overdue-hint" data-testid="settings-remind-overdue">
          <span className="switch-track" aria-hidden="true">
            <span className="switch-thumb" />
          </span>
          {t('reminders.overdue')}
        </Switch>
        <p id="remind-overdue-hint" className="field-description">
          {t('reminders.overdueHint')}
        </p>
      </div>
    </fieldset>
  );
}
