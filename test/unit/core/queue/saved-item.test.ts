import { describe, expect, it } from 'vitest';
import type { CaptureDraft } from '../../../../src/core/model/capture-draft.ts';
import type { Item } from '../../../../src/core/model/item.ts';
import { unsavedItem } from '../../../../src/core/queue/saved-item.ts';

const draft = (patch: Partial<CaptureDraft> = {}): CaptureDraft => ({
  key: 'https://example.org/a',
  url: '  https://example.org/a#top ',
  title: 'A\npage',
  section: 'News',
  project: null,
  comment: 'Words.\n\n',
  eventDate: '',
  updatedAt: '',
  ...patch,
});

describe('unsavedItem: what a save of the form would store', () => {
  it('a new item: the address as a save takes it, the title on one line, the words trimmed', () => {
    const item = unsavedItem(draft(), undefined, new Date('2026-12-04T10:00:00Z'));
    expect(item).toMatchObject({ section: 'News', project: null, comment: 'Words.', issue: null, capturedAt: '2026-12-04T10:00:00.000Z' });
    expect(item.links).toEqual([{ url: 'https://example.org/a#top', title: 'A page' }]);
  });

  it('an address a save would refuse stays as typed', () => {
    expect(unsavedItem(draft({ url: ' not an address ' }), undefined, new Date(0)).links[0]!.url).toBe('not an address');
  });

  it('the queued item it edits, edited: its other links and its place kept', () => {
    const queued: Item = {
      id: 'q1',
      section: 'Old',
      project: null,
      order: 7,
      comment: 'Before.',
      links: [
        { url: 'https://example.org/a', title: 'A page' },
        { url: 'https://example.org/b', title: 'Its review' },
      ],
      capturedAt: '2026-12-01T10:00:00.000Z',
      issue: null,
    };
    const item = unsavedItem(draft({ editingId: 'q1', url: 'https://example.org/a' }), queued, new Date(0));
    expect(item).toMatchObject({ id: 'q1', order: 7, section: 'News', comment: 'Words.' });
    expect(item.links.map((l) => l.title)).toEqual(['A page', 'Its review']);
  });
});
