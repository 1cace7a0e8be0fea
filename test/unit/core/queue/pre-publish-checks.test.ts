import { describe, expect, it } from 'vitest';
import type { Item } from '../../../../src/core/model/item.ts';
import { prePublishChecks } from '../../../../src/core/queue/pre-publish-checks.ts';
import { canonicalUrl } from '../../../../src/core/url/url-canonical.ts';

const item = (id: string, comment: string, ...urls: string[]): Item => ({
  id,
  section: '业界动态',
  project: null,
  comment,
  links: urls.map((url) => ({ url, title: `T ${id}` })),
  capturedAt: '',
  order: Number(id.slice(1)),
  issue: null,
});

describe('prePublishChecks', () => {
  it('finds items with no comment, tracking parameters, duplicates and links published before', () => {
    const published = new Map([[canonicalUrl('https://old.example/x'), '16']]);
    expect(
      prePublishChecks(
        [
          item('i1', '', 'https://a.example/p?utm_source=feed'),
          item('i2', 'fine', 'https://www.a.example/p/'),
          item('i3', 'old', 'http://old.example/x'),
        ],
        published,
      ),
    ).toEqual([
      { kind: 'no-comment', itemId: 'i1', title: 'T i1' },
      { kind: 'tracking', itemId: 'i1', url: 'https://a.example/p?utm_source=feed', names: ['utm_source'] },
      { kind: 'duplicate-in-issue', itemId: 'i2', url: 'https://www.a.example/p/' },
      { kind: 'already-published', itemId: 'i3', url: 'http://old.example/x', issue: '16' },
    ]);
  });

  it('passes a clean issue and flags an empty one', () => {
    expect(prePublishChecks([item('i1', 'ok', 'https://a.example')], new Map())).toEqual([]);
    expect(prePublishChecks([], new Map())).toEqual([{ kind: 'no-items' }]);
  });
});
