import { describe, expect, it } from 'vitest';
import { daysBetween, reminderKind } from './actionReminders.ts';

const usual = { reminderDaysBefore: 3, remindOverdue: true };

describe('action reminders', () => {
  it('counts calendar days across months, years and the change to summer time', () => {
    expect(daysBetween('2026-03-02', '2026-03-05')).toBe(3);
    expect(daysBetween('2026-03-05', '2026-03-02')).toBe(-3);
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-02', '2026-03-02')).toBe(0);
  });

  it('reminds before from the chosen number of days ahead until the day itself', () => {
    expect(reminderKind('2026-03-06', '2026-03-02', usual)).toBeNull();
    expect(reminderKind('2026-03-05', '2026-03-02', usual)).toBe('before');
    expect(reminderKind('2026-03-02', '2026-03-02', usual)).toBe('before');
    expect(reminderKind('2026-03-05', '2026-03-02', { ...usual, reminderDaysBefore: 0 })).toBeNull();
    expect(reminderKind('2026-03-02', '2026-03-02', { ...usual, reminderDaysBefore: 0 })).toBeNull();
    expect(reminderKind('2026-05-01', '2026-03-02', { ...usual, reminderDaysBefore: 60 })).toBe('before');
  });

  it('reminds overdue once the date has passed, unless the organisation turned it off', () => {
    expect(reminderKind('2026-03-01', '2026-03-02', usual)).toBe('overdue');
    expect(reminderKind('2025-03-01', '2026-03-02', usual)).toBe('overdue');
    expect(reminderKind('2026-03-01', '2026-03-02', { ...usual, remindOverdue: false })).toBeNull();
  });
});
