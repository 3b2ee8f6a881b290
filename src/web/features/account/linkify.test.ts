import { describe, expect, it } from 'vitest';
import { linkify } from './linkify.ts';

describe('linkify', () => {
  it('finds http and https addresses and leaves the sentence around them', () => {
    expect(linkify('Log ind: http://localhost:3000/api/auth/magic-link/verify?token=abc&callbackURL=/.\nHilsen')).toEqual([
      { kind: 'text', text: 'Log ind: ' },
      { kind: 'link', url: 'http://localhost:3000/api/auth/magic-link/verify?token=abc&callbackURL=/' },
      { kind: 'text', text: '.\nHilsen' },
    ]);
  });

  it('handles text without links, links only, and several links', () => {
    expect(linkify('Ingen links her')).toEqual([{ kind: 'text', text: 'Ingen links her' }]);
    expect(linkify('https://a.example/x')).toEqual([{ kind: 'link', url: 'https://a.example/x' }]);
    expect(linkify('(https://a.example) og https://b.example/y')).toEqual([
      { kind: 'text', text: '(' },
      { kind: 'link', url: 'https://a.example' },
      { kind: 'text', text: ') og ' },
      { kind: 'link', url: 'https://b.example/y' },
    ]);
    expect(linkify('')).toEqual([]);
  });

  it('never turns other schemes into links', () => {
    expect(linkify('javascript:alert(1) ftp://x.example')).toEqual([{ kind: 'text', text: 'javascript:alert(1) ftp://x.example' }]);
  });
});
