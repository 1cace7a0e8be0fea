import { describe, expect, it } from 'vitest';
import { archiveHeadings, bringBack, buildArchiveIndex, searchArchive } from '../../../../src/core/queue/archive-search.ts';
import type { Item } from '../../../../src/core/model/item.ts';

const item = (id: string, issue: string | null, project: string | null, comment: string, url: string, order = 0): Item => ({
  id,
  section: project ? '社区跟踪' : '业界动态',
  project,
  comment,
  dateText: '3.21号，',
  eventDate: '2014-03-21',
  links: [{ url, title: `Title ${id}` }],
  capturedAt: '',
  order,
  issue,
});

const items = [
  item('a', '16', 'Nova', 'Nova 调度器的改进', 'https://blueprints.launchpad.net/nova/+spec/x'),
  item('b', '17', 'Neutron', 'DVR 合入 Neutron', 'https://review.openstack.org/#/c/1/'),
  item('c', '17', null, 'Mirantis 融资', 'http://news.example.com/mirantis', 1),
  item('q', null, 'Nova', 'queued, not archived', 'https://x.example'),
];
const index = buildArchiveIndex(items);

describe('archive search', () => {
  it('finds published items by words of the commentary, titles and URLs, newest issue first', () => {
    expect(searchArchive(index, { text: '' }).items.map((i) => i.id)).toEqual(['b', 'c', 'a']);
    expect(searchArchive(index, { text: 'nova' }).items.map((i) => i.id)).toEqual(['a']);
    expect(searchArchive(index, { text: 'review.openstack.org dvr' }).items.map((i) => i.id)).toEqual(['b']);
    expect(searchArchive(index, { text: 'MIRANTIS news.example' }).items.map((i) => i.id)).toEqual(['c']);
    expect(searchArchive(index, { text: 'queued' }).total).toBe(0);
  });

  it('narrows by project (or section) and issue, and counts past the limit', () => {
    expect(searchArchive(index, { text: '', issue: '17' }).items.map((i) => i.id)).toEqual(['b', 'c']);
    expect(searchArchive(index, { text: '', project: '业界动态' }).items.map((i) => i.id)).toEqual(['c']);
    expect(searchArchive(index, { text: '', project: 'Neutron', issue: '16' }).total).toBe(0);
    expect(searchArchive(index, { text: '' }, 1)).toMatchObject({ total: 3, items: [{ id: 'b' }] });
  });

  it('brings an item back into the queue as a copy', () => {
    const copy = bringBack(items[0] as Item, 'new', new Date('2014-08-01T00:00:00Z'));
    expect(copy).toMatchObject({ id: 'new', issue: null, eventDate: '2014-03-21', capturedAt: '2014-08-01T00:00:00.000Z' });
    expect(copy).not.toHaveProperty('dateText');
  });
});

describe('headings by today’s names', () => {
  it('files items published under a former name under the name now, and says what it was', () => {
    const template = { sections: [{ name: '社区跟踪', hidden: false, projects: [{ name: 'Tempest', aliases: ['Tempst'], hidden: false }] }] };
    const index = buildArchiveIndex([item('t1', '16', 'Tempst', 'gate', 'https://x.example/1'), item('t2', '17', 'Tempest', 'gate again', 'https://x.example/2')], template);
    expect(archiveHeadings(index)).toEqual([{ name: 'Tempest', formerly: ['Tempst'] }]);
    expect(searchArchive(index, { text: '', project: 'Tempest' }).items.map((i) => i.id)).toEqual(['t2', 't1']);
    expect(searchArchive(index, { text: 'tempest' }).total).toBe(2);
  });
});
