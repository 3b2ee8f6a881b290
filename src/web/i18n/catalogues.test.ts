import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../protocol/errorCodes.ts';
import { da } from './da.ts';
import { en } from './en.ts';
import { errorMessages } from './errorMessages.ts';
import { interpolate, translator } from './useT.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  it('Danish and English have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
  });

  it('every message is filled in and uses the same placeholders in both languages', () => {
    for (const key of Object.keys(da) as (keyof typeof da)[]) {
      expect(da[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(da[key]));
    }
  });

  it('has a sentence for every error code in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(errorMessages.da[code], code).toBeTruthy();
      expect(errorMessages.en[code], code).toBeTruthy();
    }
    expect(Object.keys(errorMessages.da).sort()).toEqual([...ERROR_CODES].sort());
    expect(Object.keys(errorMessages.en).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('every counted message has a one and an other form', () => {
    for (const key of Object.keys(da)) {
      if (key.endsWith('.one')) expect(Object.keys(da)).toContain(key.replace(/\.one$/, '.other'));
      if (key.endsWith('.other')) expect(Object.keys(da)).toContain(key.replace(/\.other$/, '.one'));
    }
  });

  it('fills placeholders and picks the plural form', () => {
    expect(interpolate('Trin {index} af {total}', { index: 2, total: 5 })).toBe('Trin 2 af 5');
    const t = translator('da');
    expect(t.tn('status.offlineNotes', 2)).toBe('Forbindelse afbrudt – 2 sedler venter');
    expect(translator('en').tn('status.offlineNotes', 1)).toBe('Offline – 1 note waiting');
    expect(t.error('network')).toBe(da['error.network']);
  });
});
