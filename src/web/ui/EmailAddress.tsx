import { Fragment } from 'react';
import { emailPieces, KEEP_WHOLE_MAX, splitAroundEmails } from './emailText.ts';

/**
 * An email address that stays readable on a phone: it wraps after the @ or before a dot, not in
 * the middle of a name or at a hyphen, and is never hyphenated. Screen readers and copying get the
 * address as it is (the break points are <wbr>, which adds no text).
 */
export function EmailAddress({ email }: { email: string }) {
  return (
    <span className="email-address">
      {emailPieces(email).map((piece, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {piece.includes('-') && piece.length <= KEEP_WHOLE_MAX ? <span className="email-piece">{piece}</span> : piece}
        </Fragment>
      ))}
    </span>
  );
}

/** A sentence that names one or more addresses, e.g. "We have sent a link to …": each shown as above. */
export function TextWithEmail({ text, emails }: { text: string; emails: readonly string[] }) {
  return (
    <>
      {splitAroundEmails(text, emails).map((part, index) => (part.isEmail ? <EmailAddress key={index} email={part.text} /> : <Fragment key={index}>{part.text}</Fragment>))}
    </>
  );
}
