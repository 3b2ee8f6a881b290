import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ReviewItemView } from '../../../protocol/views.ts';
import { da } from '../../i18n/da.ts';
import { ReviewList, reviewItemsInOrder } from './ReviewList.tsx';

function reviewItem(overrides: Partial<ReviewItemView> = {}): ReviewItemView {
  return {
    id: 'a1',
    what: 'Oplæring i planlægningsappen',
    problem: '',
    who: 'Teamleder',
    due: '2026-03-03',
    status: 'in_progress',
    scope: 'ours',
    upwardTo: null,
    decidedIn: 'Kompasset før appen',
    outcome: null,
    ...overrides,
  };
}

const text = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const headingLevels = (html: string) => [...html.matchAll(/<h([1-6])/g)].map((m) => Number(m[1]));

describe('ReviewList', () => {
  it('says plainly that there is nothing to review and the group can go on', () => {
    const html = renderToStaticMarkup(<ReviewList items={[]} variant="laptop" headingLevel={2} />);
    expect(html).toContain(text(da['review.empty']));
    expect(html).toContain(text(da['review.title']));
    expect(html).not.toContain('<ul');
  });

  it('says in the minutes that there was nothing to follow up', () => {
    const html = renderToStaticMarkup(<ReviewList items={[]} variant="minutes" headingLevel={2} title="Siden sidst" />);
    expect(html).toContain(text(da['review.emptyMinutes']));
    expect(html).toContain('>Siden sidst</h2>');
  });

  it('shows what, who, the date, the status, where it came from and the decision with its comment', () => {
    const item = reviewItem({
      problem: 'Ruterne passer ikke til virkeligheden',
      outcome: { outcome: 'done', status: 'done', due: '2026-03-03', comment: 'Alle er oplært' },
    });
    const html = renderToStaticMarkup(<ReviewList items={[item]} variant="phone" headingLevel={2} />);
    expect(html).toContain(text(item.what));
    expect(html).toContain('Ruterne passer ikke til virkeligheden');
    expect(html).toContain('Teamleder');
    expect(html).toContain('3. marts 2026');
    expect(html).toContain(da['actionStatus.in_progress']);
    expect(html).toContain('Kompasset før appen');
    // The decision in words, with an icon beside it that screen readers skip.
    expect(html).toContain(`<strong>${da['review.outcome.done']}</strong>`);
    expect(html).toMatch(/review-decision-line"><svg[^>]*aria-hidden="true"/);
    expect(html).toContain('Alle er oplært');
    expect(html).toContain(`${da['review.comment']}:`);
    expect(html).toContain('1 af 1 er gennemgået');
  });

  it('gives a dropped action its reason, a kept one its new date, and an upward one its addressee', () => {
    const dropped = reviewItem({ id: 'a2', outcome: { outcome: 'dropped', status: 'dropped', due: '2026-03-03', comment: 'Appen gør det selv nu' } });
    const kept = reviewItem({ id: 'a3', scope: 'upward', upwardTo: 'management', decidedIn: null, outcome: { outcome: 'open', status: 'in_progress', due: '2026-06-01', comment: '' } });
    const html = renderToStaticMarkup(<ReviewList items={[dropped, kept]} variant="laptop" headingLevel={2} />);
    expect(html).toContain(`${da['review.reason']}:`);
    expect(html).toContain('Appen gør det selv nu');
    expect(html).toContain(da['review.outcome.dropped']);
    expect(html).toContain(text(da['review.outcome.open'].replace('{due}', '1. juni 2026')));
    expect(html).toContain(da['actionScope.upward.management']);
    expect(html).toContain(da['review.fromActionPlan']);
  });

  it('says of an action not yet gone through that it is waiting, and in the minutes that it was not reached', () => {
    const live = renderToStaticMarkup(<ReviewList items={[reviewItem()]} variant="projector" headingLevel={2} />);
    expect(live).toContain(da['review.undecided']);
    expect(live).toContain('0 af 1 er gennemgået');
    const minutes = renderToStaticMarkup(<ReviewList items={[reviewItem()]} variant="minutes" headingLevel={2} />);
    expect(minutes).toContain(da['review.undecidedMinutes']);
  });

  it('puts each action one heading level below the list, never skipping a level', () => {
    const items = [reviewItem(), reviewItem({ id: 'a2' })];
    expect(headingLevels(renderToStaticMarkup(<ReviewList items={items} variant="laptop" headingLevel={2} />))).toEqual([2, 3, 3]);
    expect(headingLevels(renderToStaticMarkup(<ReviewList items={items} variant="minutes" headingLevel={3} />))).toEqual([3, 4, 4]);
  });

  it('counts the open actions in its heading', () => {
    const html = renderToStaticMarkup(<ReviewList items={[reviewItem(), reviewItem({ id: 'a2' })]} variant="laptop" headingLevel={2} />);
    expect(html).toContain(da['review.count.other'].replace('{count}', '2'));
  });

  it('orders the list like the server: earliest date first, undated last', () => {
    const order = reviewItemsInOrder([
      reviewItem({ id: 'x', due: null, what: 'A' }),
      reviewItem({ id: 'y', due: '2026-05-01', what: 'B' }),
      reviewItem({ id: 'z', due: '2026-02-01', what: 'C' }),
    ]).map((i) => i.id);
    expect(order).toEqual(['z', 'y', 'x']);
  });
});
