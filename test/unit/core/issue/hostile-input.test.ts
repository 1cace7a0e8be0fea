import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCapturableUrl } from '../../../../src/core/url/capturable-url.ts';
import { newQueuedItem } from '../../../../src/core/queue/capture.ts';
import { exportNextIssue } from '../../../../src/core/issue/issue-export.ts';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';
import type { Item } from '../../../../src/core/model/item.ts';
import { pageKey } from '../../../helpers/round-trip.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';

const issue17 = { number: 17, title: '', period: { start: '2014-07-01', end: '2014-07-20' }, published: '2014-07-20', fileName: null, frontMatter: [], preamble: '', trailer: '', outline: [], blankAfterFrontMatter: true };
const now = new Date('2014-07-21T00:00:00Z');

const HOSTILE_TEXT = [
  '[nova] *bold* _under_ `code` <b>tag</b> a|b',
  '# looks like a heading',
  '## 社区跟踪',
  '---',
  '```\nunclosed fence',
  'line one\n\nline two after a blank line\n\n\n',
  '[1]: http://reference.example/',
  '> quoted\n- listed\n1. numbered',
  'x'.repeat(10_000),
  '🚀🎉 emoji 👩‍💻 and ZWJ',
  'مرحبا بالعالم שלום עולם',
  'control \u0000\u0001\u0007\u001b[31m characters\u007f',
  '<img src=x onerror=alert(1)> [click](javascript:alert(1))',
  '',
  '   ',
];

const HOSTILE_URLS = [
  'https://example.com/a b/c',
  'https://example.com/wiki/Foo_(bar)',
  'https://example.com/q?x=<script>',
  'https://example.com/路径/页面',
  'https://例子.测试/',
  'https://xn--fsqu00a.xn--0zwm56d/punycode',
  'https://example.com/page#fragment',
  'https://example.com/page?utm_source=x&utm_medium=y&id=3',
  'https://user:pass@example.com:8443/x',
  'http://example.com/' + 'long/'.repeat(400),
];

/** What survives an export: number, headings, item count, every link. */
function checkExport(items: Item[]): void {
  const exported = exportNextIssue({ template: DEFAULT_TEMPLATE, issues: [issue17], items }, {}, '2014-08-03');
  const back = parseIssue(exported.markdown, { fileName: exported.issue.fileName ?? undefined });
  if (!back.ok) throw new Error(`${JSON.stringify(back.error)}\n${exported.markdown}`);
  expect(back.value.issue.number).toBe(18);
  expect(back.value.issue.title).toBe(exported.issue.title);
  expect(back.value.items).toHaveLength(items.length);
  const groups = new Set(items.map((i) => `${i.section}/${i.project}`));
  expect(new Set(back.value.items.map((i) => `${i.section}/${i.project}`))).toEqual(groups);
  const found = new Set(back.value.items.flatMap((i) => i.links.map((l) => pageKey(l.url))));
  for (const link of items.flatMap((i) => i.links)) expect(found, link.url).toContain(pageKey(link.url));
}

describe('hostile input keeps the export’s structure', () => {
  it.each(HOSTILE_TEXT.map((t, i) => [i, t] as const))('text #%i as title and as comment', (_i, text) => {
    const items = [
      { ...newQueuedItem({ url: 'https://example.com/1', title: text, section: '业界动态', project: null, comment: text }, 'a', now), order: 0 },
      { ...newQueuedItem({ url: 'https://example.com/2', title: text, section: '社区跟踪', project: 'Nova' }, 'b', now), order: 1 },
    ];
    checkExport(items);
    checkExport(items.map((i) => ({ ...i, links: i.links.map((l) => ({ ...l, title: `${l.title}` })) })));
  });

  it.each(HOSTILE_URLS)('URL %s', (url) => {
    const check = checkCapturableUrl(url);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    checkExport([{ ...newQueuedItem({ url: check.url, title: 'T', section: '社区跟踪', project: 'Nova', comment: 'c' }, 'a', now), order: 0 }]);
  });

  it('in the titled link style too', () => {
    const template = { ...DEFAULT_TEMPLATE, linkStyle: 'titled' as const };
    const items = HOSTILE_URLS.map((url, i) => ({ ...newQueuedItem({ url, title: HOSTILE_TEXT[i] ?? '', section: '社区跟踪', project: 'Nova' }, `i${i}`, now), order: i }));
    const exported = exportNextIssue({ template, issues: [issue17], items }, {}, '2014-08-03');
    const back = parseIssue(exported.markdown, {});
    expect(back.ok && back.value.items).toHaveLength(items.length);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'JAVASCRIPT:void(0)'])('refuses %s at capture', (url) => {
    expect(checkCapturableUrl(url).ok).toBe(false);
  });

  it('holds for any text, any mix of sections and any web URL (property)', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom(...HOSTILE_TEXT), fc.string({ unit: 'binary', maxLength: 80 }));
    const url = fc.oneof(fc.webUrl({ withFragments: true, withQueryParameters: true }), fc.constantFrom(...HOSTILE_URLS));
    const group = fc.constantFrom<[string | null, string | null]>(['业界动态', null], ['社区跟踪', 'Nova'], ['社区跟踪', 'Neutron'], ['社区跟踪', 'Zaqar'], [null, 'Heat']);
    fc.assert(
      fc.property(fc.array(fc.record({ text, title: text, url, group, date: fc.boolean() }), { minLength: 1, maxLength: 8 }), (specs) => {
        const items = specs.map(
          (s, i): Item => ({
            ...newQueuedItem({ url: s.url, title: s.title, section: s.group[0], project: s.group[1], comment: s.text, ...(s.date ? { eventDate: '2014-07-25' } : {}) }, `p${i}`, now),
            order: i,
          }),
        );
        checkExport(items);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
