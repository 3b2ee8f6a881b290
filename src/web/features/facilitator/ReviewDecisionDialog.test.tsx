import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ReviewItemView } from '../../../protocol/views.ts';
import { da } from '../../i18n/da.ts';
import { errorMessages } from '../../i18n/errorMessages.ts';
import { ReviewDecisionFields } from './ReviewDecisionDialog.tsx';
import { initialReviewForm, reviewCommand, type ReviewForm } from './reviewDecision.ts';

function reviewItem(overrides: Partial<ReviewItemView> = {}): ReviewItemView {
  return {
    id: 'a1',
    what: 'Oplæring i planlægningsappen',
    problem: '',
    who: 'Teamleder',
    due: '2026-03-03',
    status: 'open',
    scope: 'ours',
    upwardTo: null,
    decidedIn: 'Kompasset før appen',
    outcome: null,
    ...overrides,
  };
}

const text = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const noop = () => undefined;

describe('reviewCommand', () => {
  it('refuses to let an action go without a reason, at the comment field', () => {
    const result = reviewCommand(reviewItem(), { outcome: 'dropped', due: '', comment: '   ' });
    expect(result).toEqual({ ok: false, error: 'reason_required', field: 'comment' });
  });

  it('refuses to keep an action open without a new date, at the date field', () => {
    const result = reviewCommand(reviewItem(), { outcome: 'open', due: '', comment: 'Vi mangler tid' });
    expect(result).toEqual({ ok: false, error: 'due_required', field: 'due' });
  });

  it('stops a date the server could not read (a year typed past four digits) at the date field', () => {
    expect(reviewCommand(reviewItem(), { outcome: 'open', due: '61015-02-02', comment: '' })).toEqual({ ok: false, error: 'due_invalid', field: 'due' });
  });

  it('sends the decision as the command the server expects, the comment trimmed', () => {
    expect(reviewCommand(reviewItem(), { outcome: 'open', due: '2026-06-01', comment: ' Mangler en vikar ' })).toEqual({
      ok: true,
      command: { type: 'action.review', actionId: 'a1', outcome: 'open', due: '2026-06-01', comment: 'Mangler en vikar' },
    });
    expect(reviewCommand(reviewItem(), { outcome: 'dropped', due: '', comment: 'Appen gør det selv' })).toEqual({
      ok: true,
      command: { type: 'action.review', actionId: 'a1', outcome: 'dropped', due: null, comment: 'Appen gør det selv' },
    });
  });

  it('sends no date with a decision that is not "still open", even when one was typed before switching', () => {
    const result = reviewCommand(reviewItem(), { outcome: 'done', due: '2026-06-01', comment: '' });
    expect(result).toEqual({ ok: true, command: { type: 'action.review', actionId: 'a1', outcome: 'done', due: null, comment: '' } });
  });

  it('judges a changed decision against the one already made, like the server', () => {
    const decided = reviewItem({ outcome: { outcome: 'done', status: 'done', due: '2026-03-03', comment: '' } });
    expect(reviewCommand(decided, { outcome: 'done', due: '', comment: '' })).toEqual({ ok: false, error: 'nothing_changed', field: 'comment' });
    expect(reviewCommand(decided, { outcome: 'open', due: '2026-09-01', comment: '' }).ok).toBe(true);
  });

  it('opens the dialog with what was decided before, when the same decision is chosen again', () => {
    const decided = reviewItem({ outcome: { outcome: 'open', status: 'open', due: '2026-06-01', comment: 'Mangler en vikar' } });
    expect(initialReviewForm(decided, 'open')).toEqual({ outcome: 'open', due: '2026-06-01', comment: 'Mangler en vikar' });
    expect(initialReviewForm(decided, 'dropped')).toEqual({ outcome: 'dropped', due: '', comment: '' });
  });
});

describe('ReviewDecisionFields', () => {
  const render = (form: ReviewForm, item = reviewItem()) => {
    const check = reviewCommand(item, form);
    return renderToStaticMarkup(<ReviewDecisionFields item={item} form={form} refusal={check.ok ? null : check} onChange={noop} />);
  };

  it('asks for a reason when the action is let go, and says so when it is missing', () => {
    const html = render({ outcome: 'dropped', due: '', comment: '' });
    expect(html).toContain(text(da['review.reasonLabel']));
    expect(html).toContain(text(da['review.reasonHint']));
    expect(html).toContain(text(errorMessages.da.reason_required));
    expect(html).toMatch(/<textarea[^>]*aria-required="true"/);
    expect(html).toMatch(/<textarea[^>]*aria-invalid="true"/);
    expect(html).not.toContain('type="date"');
  });

  it('asks for a new date when the action stays open, with the old date beside it', () => {
    const html = render({ outcome: 'open', due: '', comment: '' });
    expect(html).toContain(da['review.newDue']);
    expect(html).toContain(text(da['review.dueWas'].replace('{due}', '3. marts 2026')));
    expect(html).toMatch(/<input[^>]*type="date"[^>]*aria-invalid="true"|<input[^>]*aria-invalid="true"[^>]*type="date"/);
    expect(html).toContain(text(errorMessages.da.due_required));
  });

  it('says in words why an unreadable date is refused', () => {
    const html = render({ outcome: 'open', due: '61015-02-02', comment: '' });
    expect(html).toContain(text(da['review.dueInvalid']));
  });

  it('names the action the decision is about and shows no error while all is well', () => {
    const html = render({ outcome: 'done', due: '', comment: '' });
    expect(html).toContain(text(reviewItem().what));
    expect(html).toContain(text(da['review.commentOptional']));
    expect(html).not.toContain('aria-invalid="true"');
  });
});
