import { describe, expect, it } from 'vitest';
import { emailPieces, splitAroundEmails } from './emailText.ts';

describe('emailPieces', () => {
  it('may wrap after the @ and before each dot of the domain', () => {
    expect(emailPieces('bo.nielsen@kommune.example')).toEqual(['bo.nielsen@', 'kommune', '.example']);
    expect(emailPieces('a@mail.b.dk')).toEqual(['a@', 'mail', '.b', '.dk']);
  });

  it('keeps hyphenated names in one piece', () => {
    expect(emailPieces('bo.nielsen-jensen@hjemmeplejen-kommune.example')).toEqual(['bo.nielsen-jensen@', 'hjemmeplejen-kommune', '.example']);
  });

  it('gives back the address unchanged when joined', () => {
    for (const email of ['a@b.c', '.x@y', 'x..y@z', 'a@b@c.d', 'no-at-sign', '@', '']) expect(emailPieces(email).join('')).toBe(email);
  });
});

describe('splitAroundEmails', () => {
  it('finds the address in a sentence', () => {
    expect(splitAroundEmails('Vi sender et link til a@b.dk. Åbn det.', ['a@b.dk'])).toEqual([
      { text: 'Vi sender et link til ', isEmail: false },
      { text: 'a@b.dk', isEmail: true },
      { text: '. Åbn det.', isEmail: false },
    ]);
  });

  it('finds two addresses, in the order they stand, and the longer of two that start alike', () => {
    expect(splitAroundEmails('a@b.dk, not ba@b.dk.com', ['ba@b.dk', 'ba@b.dk.com', 'a@b.dk'])).toEqual([
      { text: 'a@b.dk', isEmail: true },
      { text: ', not ', isEmail: false },
      { text: 'ba@b.dk.com', isEmail: true },
    ]);
  });

  it('leaves a sentence without the address as it is', () => {
    expect(splitAroundEmails('Nothing here', ['a@b.dk'])).toEqual([{ text: 'Nothing here', isEmail: false }]);
    expect(splitAroundEmails('Nothing here', [''])).toEqual([{ text: 'Nothing here', isEmail: false }]);
    expect(splitAroundEmails('', ['a@b.dk'])).toEqual([]);
  });
});
