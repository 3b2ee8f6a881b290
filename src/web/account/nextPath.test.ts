import { describe, expect, it } from 'vitest';
import { nextFromSearch, safeNextPath, withNext } from './nextPath.ts';

describe('safeNextPath', () => {
  it('keeps paths on this site', () => {
    expect(safeNextPath('/')).toBe('/');
    expect(safeNextPath('/invitation/abc-123')).toBe('/invitation/abc-123');
    expect(safeNextPath('/org/o1/members?tab=2#top')).toBe('/org/o1/members?tab=2#top');
  });

  it('refuses anything that could leave the site', () => {
    for (const raw of [
      null,
      undefined,
      '',
      'org/o1',
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/ /evil.example',
      '/a\\b',
      'javascript:alert(1)',
      `/${'a'.repeat(600)}`,
    ]) {
      expect(safeNextPath(raw), String(raw)).toBeNull();
    }
  });
});

describe('nextFromSearch and withNext', () => {
  it('reads ?next= and decodes it', () => {
    expect(nextFromSearch('next=%2Finvitation%2Fi1')).toBe('/invitation/i1');
    expect(nextFromSearch('next=%2F%2Fevil.example')).toBeNull();
    expect(nextFromSearch('')).toBeNull();
  });

  it('builds links that carry a safe return path, and none for the front page', () => {
    expect(withNext('/sign-in', '/invitation/i1')).toBe('/sign-in?next=%2Finvitation%2Fi1');
    expect(withNext('/sign-up', '/')).toBe('/sign-up');
    expect(withNext('/sign-in', null)).toBe('/sign-in');
    expect(withNext('/sign-in', '//evil.example')).toBe('/sign-in');
  });
});
