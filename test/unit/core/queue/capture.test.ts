import { describe, expect, it } from 'vitest';
import { applyDraftToItem, attachLink, cleanTitle, newQueuedItem } from '../../../../src/core/queue/capture.ts';
import { draftKeyOf } from '../../../../src/core/url/capturable-url.ts';
import type { Item } from '../../../../src/core/model/item.ts';

const now = new Date('2014-07-21T08:00:00Z');

describe('capture', () => {
  it('builds a queued item from what the editor set', () => {
    expect(
      newQueuedItem({ url: 'https://x.example/a', title: ' A\ttitle \n', section: '社区跟踪', project: 'Nova', comment: '点评  \n', eventDate: '2014-07-20' }, 'id1', now),
    ).toEqual({
      id: 'id1',
      section: '社区跟踪',
      project: 'Nova',
      comment: '点评',
      eventDate: '2014-07-20',
      links: [{ url: 'https://x.example/a', title: 'A title' }],
      capturedAt: '2014-07-21T08:00:00.000Z',
      issue: null,
    });
  });

  it('drops a date that is not a real day', () => {
    expect(newQueuedItem({ url: 'https://x.example', title: '', section: null, project: null, eventDate: '2014-02-30' }, 'i', now)).not.toHaveProperty('eventDate');
  });

  it('cleans control characters and runs of white space from titles', () => {
    expect(cleanTitle('a\u0000b\u0007  c\r\nd')).toBe('a b c d');
  });

  const item: Item = {
    id: 'i1',
    section: '社区跟踪',
    project: 'Nova',
    comment: 'old',
    eventDate: '2014-07-01',
    dateText: '2014.7.1号，',
    links: [
      { url: 'https://a.example/spec', title: 'Spec', source: '<https://a.example/spec>' },
      { url: 'https://a.example/review', title: 'Review' },
    ],
    capturedAt: now.toISOString(),
    order: 3,
    issue: null,
  };

  it('attaches another page as one more link', () => {
    expect(attachLink(item, { url: 'https://a.example/more', title: ' More ' }).links.at(-1)).toEqual({ url: 'https://a.example/more', title: 'More' });
  });

  it('applies an edit to the link of the page it was made on, keeping the lead-in while the date stands', () => {
    const draft = {
      key: draftKeyOf('https://a.example/review'),
      url: 'https://a.example/review',
      title: 'Review (v2)',
      section: '社区跟踪',
      project: 'Neutron',
      comment: 'new  ',
      eventDate: '2014-07-01',
      updatedAt: now.toISOString(),
    };
    const edited = applyDraftToItem(item, draft);
    expect(edited.links).toEqual([item.links[0], { url: 'https://a.example/review', title: 'Review (v2)' }]);
    expect(edited).toMatchObject({ project: 'Neutron', comment: 'new', eventDate: '2014-07-01', dateText: '2014.7.1号，', order: 3 });
    const redated = applyDraftToItem(item, { ...draft, eventDate: '2014-07-02' });
    expect(redated.eventDate).toBe('2014-07-02');
    expect(redated).not.toHaveProperty('dateText');
    expect(applyDraftToItem(item, { ...draft, eventDate: '' })).not.toHaveProperty('eventDate');
  });

  it('keeps the page’s picture on its link, a web address only, and lets an edit replace or clear it', () => {
    const captured = newQueuedItem({ url: 'https://a.example/p', title: 'P', section: null, project: null, image: ' https://img.example/p.png ' }, 'id1', now);
    expect(captured.links).toEqual([{ url: 'https://a.example/p', title: 'P', image: 'https://img.example/p.png' }]);
    for (const image of ['', 'javascript:alert(1)', 'data:image/png;base64,AAAA', 'img/p.png']) {
      expect(newQueuedItem({ url: 'https://a.example/p', title: 'P', section: null, project: null, image }, 'id1', now).links[0]).not.toHaveProperty('image');
    }
    const queued = { ...captured, order: 1 };
    const draft = { key: draftKeyOf('https://a.example/p'), url: 'https://a.example/p', title: 'P', section: null, project: null, comment: '', eventDate: '', updatedAt: now.toISOString() };
    // A form that says nothing of the picture leaves the link's; one that clears it removes it.
    expect(applyDraftToItem(queued, draft).links[0]?.image).toBe('https://img.example/p.png');
    expect(applyDraftToItem(queued, { ...draft, image: 'https://img.example/q.png' }).links[0]?.image).toBe('https://img.example/q.png');
    expect(applyDraftToItem(queued, { ...draft, image: '' }).links[0]).not.toHaveProperty('image');
  });

  it('keeps the page’s reading time on its link, whole minutes only, and lets an edit change or clear it', () => {
    const captured = newQueuedItem({ url: 'https://a.example/p', title: 'P', section: null, project: null, minutes: 6 }, 'id1', now);
    expect(captured.links).toEqual([{ url: 'https://a.example/p', title: 'P', minutes: 6 }]);
    for (const minutes of [0, -3, 2.5, Number.NaN, 5000]) {
      expect(newQueuedItem({ url: 'https://a.example/p', title: 'P', section: null, project: null, minutes }, 'id1', now).links[0]).not.toHaveProperty('minutes');
    }
    const queued = { ...captured, order: 1 };
    const draft = { key: draftKeyOf('https://a.example/p'), url: 'https://a.example/p', title: 'P', section: null, project: null, comment: '', eventDate: '', updatedAt: now.toISOString() };
    // A form that says nothing of it leaves the link's; 0, a box left blank, removes it.
    expect(applyDraftToItem(queued, draft).links[0]?.minutes).toBe(6);
    expect(applyDraftToItem(queued, { ...draft, minutes: 9 }).links[0]?.minutes).toBe(9);
    expect(applyDraftToItem(queued, { ...draft, minutes: 0 }).links[0]).not.toHaveProperty('minutes');
  });
});
