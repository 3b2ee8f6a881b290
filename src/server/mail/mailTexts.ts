import type { Mail } from './outbox.ts';

/**
 * The mails Kompas sends. A sign-in mail may reach someone whose language Kompas does not know
 * yet, so each says everything in Danish first, then in English.
 */

function bilingual(da: string, en: string): string {
  return `${da}\n\n— English —\n\n${en}\n`;
}

export function magicLinkMail(to: string, url: string): Mail {
  return {
    to,
    subject: 'Dit login-link til Kompas / Your sign-in link for Kompas',
    text: bilingual(
      `Klik på linket for at logge ind i Kompas:\n${url}\n\nLinket virker én gang og udløber efter 15 minutter. Har du ikke bedt om det, kan du se bort fra denne mail.`,
      `Follow the link to sign in to Kompas:\n${url}\n\nThe link works once and expires after 15 minutes. If you did not ask for it, you can ignore this email.`,
    ),
  };
}

export function verifyEmailMail(to: string, url: string): Mail {
  return {
    to,
    subject: 'Bekræft din e-mail til Kompas / Confirm your email for Kompas',
    text: bilingual(
      `Velkommen til Kompas. Klik på linket for at bekræfte din e-mail og logge ind:\n${url}\n\nHar du ikke oprettet en konto, kan du se bort fra denne mail.`,
      `Welcome to Kompas. Follow the link to confirm your email and sign in:\n${url}\n\nIf you did not create an account, you can ignore this email.`,
    ),
  };
}

export function invitationMail(input: {
  to: string;
  url: string;
  organisationName: string;
  inviterName: string;
  roles: { da: string; en: string };
}): Mail {
  return {
    to: input.to,
    subject: `Invitation til ${input.organisationName} i Kompas / Invitation to ${input.organisationName} in Kompas`,
    text: bilingual(
      `${input.inviterName} har inviteret dig til ${input.organisationName} i Kompas som ${input.roles.da}.\n\nKompas er stedet, hvor I taler om, hvordan digitalisering ændrer jeres arbejde, og følger op på det, I beslutter.\n\nSe invitationen her:\n${input.url}\n\nInvitationen udløber om 7 dage.`,
      `${input.inviterName} has invited you to ${input.organisationName} in Kompas as ${input.roles.en}.\n\nKompas is where you talk about how digitalisation changes your work, and follow up on what you decide.\n\nSee the invitation here:\n${input.url}\n\nThe invitation expires in 7 days.`,
    ),
  };
}
