import { describe, expect, it } from 'vitest';
import { pageNotices } from '../../../src/app/capture-notices.ts';
import type { Item } from '../../../src/core/model/item.ts';

const item = (id: string, issue: string | null, comment = `Item ${id}`): Item => ({
  id,
  issue,
  order: 0,
  section: '社区跟踪',
  project: 'Nova',
  comment,
  links: [{ url: `https://example.com/${id}`, title: `Title ${id}` }],
  capturedAt: '2014-07-21T00:00:00.000Z',
});

describe('pageNotices', () => {
  it('says the page is queued when the form edits its item, and then nothing of where it was published', () => {
    expect(pageNotices({ editingId: 'q', duplicates: [item('q', null), item('p', '17')], draftShown: false, hasDraft: false })).toEqual([{ kind: 'queued' }]);
  });

  it('names another queued item holding the page, and the latest issue that published it', () => {
    const notices = pageNotices({ editingId: undefined, duplicates: [item('p1', '9'), item('q', null, 'Queued words'), item('p2', '17')], draftShown: false, hasDraft: false });
    expect(notices.map((n) => n.kind)).toEqual(['in-queue', 'published']);
    expect(notices[1]).toEqual({ kind: 'published', issue: '17' });
  });

  it('puts a refusal first, and speaks of a missing title or a restored draft only while there is no draft or while it is shown', () => {
    expect(pageNotices({ refusal: 'browser-page', noTitle: true, editingId: undefined, duplicates: [], draftShown: false, hasDraft: false }).map((n) => n.kind)).toEqual(['restricted', 'no-title']);
    expect(pageNotices({ noTitle: true, editingId: undefined, duplicates: [], draftShown: true, hasDraft: true }).map((n) => n.kind)).toEqual(['draft-restored']);
    expect(pageNotices({ editingId: undefined, duplicates: [], draftShown: true, hasDraft: false })).toEqual([]);
  });
});
