import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EmailAddress, TextWithEmail } from './EmailAddress.tsx';

describe('EmailAddress', () => {
  it('marks where the address may wrap, and keeps hyphenated pieces whole', () => {
    expect(renderToStaticMarkup(<EmailAddress email="bo.nielsen-jensen@kommune.dk" />)).toBe(
      '<span class="email-address"><span class="email-piece">bo.nielsen-jensen@</span><wbr/>kommune<wbr/>.dk</span>',
    );
  });

  it('shows the address inside its sentence', () => {
    expect(renderToStaticMarkup(<TextWithEmail text="Sendt til a@b.dk." emails={['a@b.dk']} />)).toBe('Sendt til <span class="email-address">a@<wbr/>b<wbr/>.dk</span>.');
  });
});
