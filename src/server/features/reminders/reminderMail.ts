import { daysBetween, type ReminderKind } from '../../../domain/actionReminders.ts';
import type { Locale } from '../../../domain/localized.ts';
import type { Mail } from '../../mail/outbox.ts';

export interface ReminderMailInput {
  readonly kind: ReminderKind;
  /** The organisation's language: the recipient is a member, so Kompas knows which one they use there. */
  readonly locale: Locale;
  readonly to: string;
  readonly recipientName: string;
  readonly organisationName: string;
  readonly projectTitle: string;
  readonly what: string;
  /** The action's date and the day the reminder is sent, YYYY-MM-DD. */
  readonly due: string;
  readonly today: string;
  readonly reminderDaysBefore: number;
  /** The action plan, showing the recipient's own actions. */
  readonly url: string;
}

const SUBJECT_WHAT_MAX = 80;

/** One line for a subject: an action may be long and span lines. */
function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > SUBJECT_WHAT_MAX ? `${line.slice(0, SUBJECT_WHAT_MAX - 1).trimEnd()}…` : line;
}

function formatDate(date: string, locale: Locale, long: boolean): string {
  const options: Intl.DateTimeFormatOptions = long
    ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { day: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', options).format(new Date(`${date}T00:00:00Z`));
}

function whenDa(days: number): string {
  if (days === 0) return 'i dag';
  if (days === 1) return 'i morgen';
  if (days === -1) return 'i går';
  return days > 0 ? `om ${days} dage` : `for ${-days} dage siden`;
}

function whenEn(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

function danish(input: ReminderMailInput, days: number): { subject: string; text: string } {
  const facts = [
    `Handling: ${input.what}`,
    `Projekt: ${input.projectTitle} (${input.organisationName})`,
    `Frist: ${formatDate(input.due, 'da', true)} – ${whenDa(days)}`,
  ].join('\n');
  if (input.kind === 'before') {
    return {
      subject: `Påmindelse – frist ${formatDate(input.due, 'da', false)}: ${short(input.what)}`,
      text: [
        `Hej ${input.recipientName}`,
        `Du er ansvarlig for en handling i Kompas, og fristen nærmer sig.`,
        facts,
        `Se dine handlinger og følg op her. Er handlingen gjort, så markér den som udført. Ellers kan du skrive, hvor langt I er nået, eller sætte en ny frist:\n${input.url}`,
        `Du får denne påmindelse, fordi ${input.organisationName} minder den ansvarlige om en handling ${input.reminderDaysBefore === 1 ? '1 dag' : `${input.reminderDaysBefore} dage`} før fristen. En administrator kan ændre det under Indstillinger.`,
      ].join('\n\n'),
    };
  }
  return {
    subject: `Fristen er overskredet: ${short(input.what)}`,
    text: [
      `Hej ${input.recipientName}`,
      `Fristen for en handling, du er ansvarlig for i Kompas, er overskredet.`,
      facts,
      `Er handlingen gjort, så markér den som udført. Ellers skriv, hvor den står, og sæt en ny frist, så alle kan se, hvordan det går:\n${input.url}`,
      `Du får kun denne ene påmindelse om fristen.`,
    ].join('\n\n'),
  };
}

function english(input: ReminderMailInput, days: number): { subject: string; text: string } {
  const facts = [
    `Action: ${input.what}`,
    `Project: ${input.projectTitle} (${input.organisationName})`,
    `Due: ${formatDate(input.due, 'en', true)} – ${whenEn(days)}`,
  ].join('\n');
  if (input.kind === 'before') {
    return {
      subject: `Reminder – due ${formatDate(input.due, 'en', false)}: ${short(input.what)}`,
      text: [
        `Hello ${input.recipientName},`,
        `You are responsible for an action in Kompas, and its due date is coming up.`,
        facts,
        `See your actions and follow up here. If the action is done, mark it as done. If not, you can note how far you have got, or set a new date:\n${input.url}`,
        `You get this reminder because ${input.organisationName} reminds whoever is responsible for an action ${input.reminderDaysBefore === 1 ? '1 day' : `${input.reminderDaysBefore} days`} before its due date. An administrator can change this under Settings.`,
      ].join('\n\n'),
    };
  }
  return {
    subject: `Overdue: ${short(input.what)}`,
    text: [
      `Hello ${input.recipientName},`,
      `An action you are responsible for in Kompas is past its due date.`,
      facts,
      `If the action is done, mark it as done. If not, note where it stands and set a new date, so everyone can see how it is going:\n${input.url}`,
      `This is the only reminder you will get about this due date.`,
    ].join('\n\n'),
  };
}

/**
 * A reminder about an action, in the organisation's language only (unlike the sign-in mails,
 * which may reach someone whose language Kompas does not know yet).
 */
export function reminderMail(input: ReminderMailInput): Mail {
  const days = daysBetween(input.today, input.due);
  const { subject, text } = input.locale === 'da' ? danish(input, days) : english(input, days);
  return { to: input.to, subject, text: `${text}\n` };
}
