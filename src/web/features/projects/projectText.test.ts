import { describe, expect, it } from 'vitest';
import { formatDate, organisationHref, phaseStepText, projectHref } from './projectText.ts';

describe('projectText', () => {
  it('formats a server moment as a long date in each language', () => {
    expect(formatDate('2027-03-03T10:00:00.000Z', 'da')).toBe('3. marts 2027');
    expect(formatDate('2027-03-03T10:00:00.000Z', 'en')).toBe('3 March 2027');
    expect(formatDate('not a date', 'da')).toBe('not a date');
  });

  it('names a phase and step with the phase number', () => {
    expect(phaseStepText('operation', 'training', 'da')).toEqual({ number: 4, total: 4, phase: 'Implementering og drift', step: 'Oplæring' });
    expect(phaseStepText('operation', 'need', 'en')).toBeNull();
  });

  it('builds addresses with ids encoded', () => {
    expect(organisationHref('o1')).toBe('/org/o1');
    expect(projectHref('o 1', 'p/2')).toBe('/org/o%201/projects/p%2F2');
  });
});
