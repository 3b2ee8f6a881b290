import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { errorMessages } from '../i18n/errorMessages.ts';
import { FailureMessage } from './FailureMessage.tsx';

describe('FailureMessage', () => {
  it('is not in the page while nothing failed', () => {
    expect(renderToStaticMarkup(<FailureMessage failure={null} />)).toBe('');
  });

  it("says why, as an alert, in the error code's sentence", () => {
    expect(renderToStaticMarkup(<FailureMessage failure="not_found" />)).toBe(`<p class="form-error" role="alert">${errorMessages.da.not_found}</p>`);
  });
});
