import { describe, expect, it } from 'vitest';
import type { Item } from '../../../../src/core/model/item.ts';
import { DEFAULT_TEMPLATE, type Template } from '../../../../src/core/model/template.ts';
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

  it('asks for no comment where the digest’s entries carry no words, or take them from a pull request’s title', () => {
    const items = { ...DEFAULT_TEMPLATE.items, comments: false };
    expect(prePublishChecks([item('i1', '', 'https://a.example/p')], new Map(), { sections: [], items })).toEqual([]);
    const log = { ...DEFAULT_TEMPLATE.items, comments: true, referenceLink: true as const };
    expect(prePublishChecks([item('i1', '', 'https://github.com/k/k/pull/9'), item('i2', '', 'https://blog.example/k')], new Map(), { sections: [], items: log })).toEqual([{ kind: 'no-comment', itemId: 'i2', title: 'T i2' }]);
    // A heading's own change log, in a digest whose entries are not one; and the other way.
    const section = (name: string, referenceLink?: boolean) => ({ name, hidden: false, projects: [], ...(referenceLink === undefined ? {} : { referenceLink }) });
    const pr = (id: string, name: string) => ({ ...item(id, '', `https://github.com/k/k/pull/${id.slice(1)}`), section: name });
    const own = { sections: [section('Merges', true), section('News')], items: { ...DEFAULT_TEMPLATE.items, comments: true } };
    expect(prePublishChecks([pr('i1', 'Merges'), pr('i2', 'News')], new Map(), own)).toEqual([{ kind: 'no-comment', itemId: 'i2', title: 'T i2' }]);
    const logged = { sections: [section('Merges'), section('Projects', false)], items: log };
    expect(prePublishChecks([pr('i1', 'Merges'), pr('i2', 'Projects')], new Map(), logged)).toEqual([{ kind: 'no-comment', itemId: 'i2', title: 'T i2' }]);
  });

  it('passes a clean issue and flags an empty one', () => {
    expect(prePublishChecks([item('i1', 'ok', 'https://a.example')], new Map())).toEqual([]);
    expect(prePublishChecks([], new Map())).toEqual([{ kind: 'no-items' }]);
  });

  it('names the headings every issue writes that nothing queued goes under, not hidden ones, a project by any of its names', () => {
    const template: Pick<Template, 'sections'> = {
      sections: [
        { name: '业界动态', hidden: false, everyIssue: true, projects: [] },
        {
          name: '社区跟踪',
          hidden: false,
          everyIssue: true,
          projects: [
            { name: 'Common', aliases: [], hidden: false, everyIssue: true },
            { name: 'Tempest', aliases: ['Tempst'], hidden: false, everyIssue: true },
            { name: 'Swift', aliases: [], hidden: true, everyIssue: true },
            { name: 'Nova', aliases: [], hidden: false },
          ],
        },
        { name: 'Hidden', hidden: true, everyIssue: true, projects: [] },
      ],
    };
    const under = (section: string, project: string | null): Item => ({ ...item('i1', 'ok', 'https://a.example'), section, project });
    expect(prePublishChecks([under('社区跟踪', 'Tempst')], new Map(), template)).toEqual([{ kind: 'empty-headings', names: ['业界动态', 'Common'] }]);
    expect(prePublishChecks([under('业界动态', null), under('社区跟踪', 'Common'), under('社区跟踪', 'Tempest')], new Map(), template)).toEqual([]);
  });
});
