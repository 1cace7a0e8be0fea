import { linksAboveWords } from '../../../../src/core/template/links-above-words.ts';
import { numberedStanding } from '../../../../src/core/issue/numbered-standing.ts';
import { withoutMetadata } from '../../../../src/core/issue/issue-metadata.ts';
import { standingBlocks, standingText } from '../../../../src/core/issue/standing-blocks.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportNextIssue, exportPublished } from '../../../../src/core/issue/issue-export.ts';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';
import { headingsAcross } from '../../../../src/core/issue/recurring-headings.ts';
import { renderIssue } from '../../../../src/core/issue/issue-renderer.ts';
import type { Issue } from '../../../../src/core/model/issue.ts';
import { compareIssueKeys } from '../../../../src/core/model/issue-key.ts';
import type { Item } from '../../../../src/core/model/item.ts';
import { entryKindOf } from '../../../../src/core/model/entry-kind.ts';
import { DEFAULT_TEMPLATE, type Template } from '../../../../src/core/model/template.ts';
import { newQueuedItem } from '../../../../src/core/queue/capture.ts';
import { listedSymbols } from '../../../../src/core/template/heading-markers.ts';
import { OPENSTACK_PRESET } from '../../../../src/core/template/presets.ts';
import { checkCapturableUrl, isWebAddress } from '../../../../src/core/url/capturable-url.ts';
import { makeIssue } from '../../../helpers/builders.ts';
import { applyImport, planImport } from '../../../../src/core/issue/issue-import.ts';
import { DIGESTS, digestFiles, fixtureFiles, otherDigestsAvailable } from '../../../helpers/corpus.ts';
import { pageKey } from '../../../helpers/round-trip.ts';
import { formatPattern } from '../../../../src/core/issue/pattern.ts';
import { standingValues } from '../../../../src/core/template/standing-pattern.ts';
import { pageAddress } from '../../../../src/core/url/url-canonical.ts';

const issue17 = makeIssue({ number: 17, period: { start: '2014-07-01', end: '2014-07-20' }, published: '2014-07-20' });
const now = new Date('2014-07-21T00:00:00Z');

const section = (name: string | null, ...projects: string[]) => ({ name, hidden: false, projects: projects.map((p) => ({ name: p, aliases: [], hidden: false })) });

/** The three item grammars, each with the sections a new item may be filed under. */
const TEMPLATES: [string, Template, [string | null, string | null][]][] = [
  ['paragraphs (OpenStack)', OPENSTACK_PRESET, [['业界动态', null], ['社区跟踪', 'Nova'], ['社区跟踪', 'Neutron'], ['社区跟踪', 'Zaqar'], [null, 'Heat']]],
  [
    'bullets (This Week in Rust)',
    { ...DEFAULT_TEMPLATE, titlePattern: 'This Week in Rust {number}', sections: [section('Updates', 'Official', 'Newsletters'), section('Jobs')] },
    [['Updates', 'Official'], ['Updates', 'Newsletters'], ['Jobs', null]],
  ],
  [
    'numbered entries (科技爱好者周刊)',
    { ...DEFAULT_TEMPLATE, head: 'heading', titlePattern: '科技爱好者周刊（第 {number} 期）：{subtitle}', items: { grammar: 'numbered', marker: '1、', separator: '', loose: true, comments: true }, sections: [section('文章'), section('工具')] },
    [['文章', null], ['工具', null]],
  ],
];

/** The issues before the next one, where not the one OpenStack-like issue 17: the digest's own. */
const PAST = new WeakMap<Template, Issue[]>();
/** Those issues as an import compares a new file with them: the newest two, written out. */
const HELD = new WeakMap<Template, { issue: Issue; text: string }[]>();
const heldDocuments = (template: Template, issues: readonly Issue[], items: readonly Item[]): { issue: Issue; text: string }[] =>
  [...issues]
    .sort((a, b) => compareIssueKeys(b.key, a.key))
    .slice(0, 2)
    .map((issue) => ({ issue, text: renderIssue(issue, items.filter((item) => item.issue === issue.key), template) }));

/**
 * The ways of writing an entry learned from other digests (our golden files' past issues), each
 * with two of its headings: words nested under the link, a site note, quotes, symbols, links
 * opening paragraphs in bold, headed entries, titles with a page link after the words (or their
 * address alone).
 */
const LEARNED: [string, Template, [string | null, string | null][]][] = ['thread-digest', 'article-beside', 'paragraph-skeleton', 'html-lists', 'html-open-items', 'mkdocs-blog', 'hexo', 'notion-pages', 'unread-embeds', 'link-cards', 'mdx-cards', 'one-line-lists', 'one-line-tables', 'standing-parts-titled', 'html-rows', 'heading-sites', 'intro-lists', 'kramdown-lists', 'local-days', 'calendar-weeks', 'numbered-labels', 'labelled-above', 'contents-entries', 'badges', 'day-first', 'mdx-page', 'list-labels', 'task-lists', 'entry-kinds', 'line-breaks', 'embeds', 'contents', 'pictures-over', 'pictures-under', 'pictures-opening', 'pictures-linked', 'html-links', 'reference-labels', 'lead-titles', 'bracket-titles', 'links-above', 'site-lines', 'release-notes', 'links-apart', 'tool-reviews', 'symbol-phrase', 'change-log', 'linked-titles', 'heading-pattern', 'bold-sections', 'numbered-opening', 'numbered-ending', 'daily-bare-links', 'ending-links', 'linked-headings-parts', 'headed-newsletter', 'html-headed', 'nested-words', 'numbered-inline', 'quoted-words', 'featured-quotes', 'site-notes', 'quoted', 'symbol-lines', 'link-first', 'bold-links', 'headed', 'titled', 'ordered'].map((folder) => {
  const empty = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
  const { template, issues, items } = applyImport(empty, planImport(fixtureFiles(`golden/past/${folder}`, /\.(md|markdown|mdx)$/), empty, '2024-01-01'));
  // The next issue follows the digest's own (one named by its day is named by the next day).
  PAST.set(template, issues);
  HELD.set(template, heldDocuments(template, issues, items));
  const groups = template.sections.flatMap((s) => (s.projects.length > 0 ? s.projects.map((p): [string | null, string | null] => [s.name, p.name]) : [[s.name, null] as [string | null, string | null]]));
  // A digest without headings files everything under none.
  const all = groups.length > 0 ? groups : [[null, null] as [string | null, string | null]];
  return [`learned from ${folder}`, template, [...all, ...all].slice(0, 2)];
});
TEMPLATES.push(...LEARNED);

// Headings whose entries all open with a set phrase, or are quotes credited under them (This Week
// in Rust's crate and quote of the week), each written its own way.
{
  const empty = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
  const { template } = applyImport(empty, planImport(fixtureFiles('golden/past/standing-parts', /\.(md|markdown)$/), empty, '2026-04-22'));
  TEMPLATES.push(['learned from standing-parts (a phrase, a credited quote)', template, [[null, 'Crate of the Week'], ['Quote of the Week', null]]]);
}


// And the ways of the digests people edit today, where the shared corpus is beside us.
const CORPUS_LEARNED: [string, Template, [string | null, string | null][]][] = (otherDigestsAvailable ? DIGESTS.filter((d) => d !== 'openstack-digest') : []).map((digest) => {
  const empty = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
  const { template, issues, items } = applyImport(empty, planImport(digestFiles(digest).slice(-3), empty, '2026-12-01'));
  PAST.set(template, issues);
  HELD.set(template, heldDocuments(template, issues, items));
  const groups = template.sections.flatMap((s) => (s.projects.length > 0 ? s.projects.map((p): [string | null, string | null] => [s.name, p.name]) : [[s.name, null] as [string | null, string | null]]));
  const all = groups.length > 0 ? groups : [[null, null] as [string | null, string | null]];
  return [`learned from ${digest}`, template, [...all, ...all].slice(0, 2)];
});
TEMPLATES.push(...CORPUS_LEARNED);

const HOSTILE_TEXT = [
  '[nova] *bold* _under_ `code` <b>tag</b> a|b',
  ']',
  'ends in a backslash \\',
  '# looks like a heading',
  '## 社区跟踪',
  '---',
  'text\n---',
  'text\n===',
  '```\nunclosed fence',
  '```\nclosed fence\n```\nafter it',
  'line one\n\nline two after a blank line\n\n\n',
  '[1]: http://reference.example/',
  '<!-- the rest would vanish',
  '> quoted\n- listed\n1. numbered',
  '2、looks like the next entry',
  // One line in bold alone: a title of its own under a titled entry's heading, unless kept with the link.
  '__Must read__',
  '**!**',
  '* looks like the next bullet\n\n+ and another',
  'x'.repeat(10_000),
  '🚀🎉 emoji 👩‍💻 and ZWJ',
  'مرحبا بالعالم שלום עולם \u202eoverride',
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

/**
 * An exported issue read back as an import does: the digest's grammar, projects and symbols
 * known, and, where the digest has past issues to compare it with, which headings come back (its
 * own; a title written once is an entry's).
 */
/** The issue read back as an import would, knowing the headings of `named` (the template the editor exported with). */
function readBack(template: Template, markdown: string, fileName: string | null, named: Template = template): ReturnType<typeof parseIssue> {
  const projectNames = named.sections.flatMap((s) => s.projects.map((p) => p.name));
  const held = HELD.get(template);
  const documents = held && [markdown, ...held.map((h) => h.text)];
  const { recurring, standing: own } = documents ? headingsAcross(documents, [...projectNames, ...named.sections.flatMap((s) => (s.name === null ? [] : [s.name]))]) : { recurring: undefined, standing: undefined };
  const read = (standing: Set<string>) =>
    parseIssue(markdown, {
      fileName: fileName ?? undefined,
      grammar: template.items.grammar,
      ...(linksAboveWords(template) === undefined ? {} : { linksAbove: linksAboveWords(template) }),
      projectNames,
      symbols: listedSymbols(template),
      standing,
      ...(recurring ? { recurringHeadings: recurring } : {}),
      ...(own ? { standingHeadings: own } : {}),
    });
  const standing = standingBlocks([], standingText(template));
  const first = read(standing);
  // Words the digest writes with each issue's own number and days, known once the issue is read.
  const numbered = first.ok && held ? numberedStanding([{ body: withoutMetadata(markdown), issue: first.value.issue }, ...held.map((h) => ({ body: withoutMetadata(h.text), issue: h.issue }))]) : new Set<string>();
  return numbered.size > 0 ? read(new Set([...standing, ...numbered])) : first;
}

/** What survives an export: the issue, its headings, its item count, every link. */
function checkExport(template: Template, items: Item[]): void {
  const exported = exportNextIssue({ template, issues: PAST.get(template) ?? [issue17], items }, {}, '2014-08-03');
  const back = readBack(template, exported.markdown, exported.issue.fileName);
  if (!back.ok) throw new Error(`${JSON.stringify(back.error)}\n${exported.markdown}`);
  expect(back.value.issue.key).toBe(exported.issue.key);
  if (template.learnedFrom === undefined) expect(back.value.issue.key).toBe('18');
  expect(back.value.issue.title).toBe(exported.issue.title);
  expect(back.value.items, exported.markdown).toHaveLength(items.length);
  const groups = new Set(items.map((i) => `${i.section}/${i.project}`));
  expect(new Set(back.value.items.map((i) => `${i.section}/${i.project}`))).toEqual(groups);
  const found = new Set(back.value.items.flatMap((i) => i.links.map((l) => pageKey(l.url))));
  for (const link of items.flatMap((i) => i.links)) expect(found, link.url).toContain(pageKey(link.url));
  // The kinds the editor picked (a symbol, a task box) open their entries, read back as the digest's.
  const kinds = (list: readonly { kind?: string | undefined; comment: string }[], read: boolean) => list.map((i) => (read ? entryKindOf(i.comment, template.items.kinds) : i.kind) ?? '').filter((k) => k !== '').sort();
  if (items.some((i) => i.kind !== undefined)) expect(kinds(back.value.items, true), exported.markdown).toEqual(kinds(items, false));
}

const queued = (i: number, fields: Parameters<typeof newQueuedItem>[0]): Item => ({ ...newQueuedItem(fields, `q${i}`, now), order: i });

describe.each(TEMPLATES)('hostile input keeps the export’s structure: %s', (_name, template, groups) => {
  const [first, second] = groups as [[string | null, string | null], [string | null, string | null]];

  it.each(HOSTILE_TEXT.map((t, i) => [i, t] as const))('text #%i as title and as comment', (_i, text) => {
    const items = [
      queued(0, { url: 'https://example.com/1', title: text, section: first[0], project: first[1], comment: text }),
      queued(1, { url: 'https://example.com/2', title: text, section: second[0], project: second[1] }),
      queued(2, { url: 'https://example.com/3', title: 'After', section: second[0], project: second[1], comment: 'comes after' }),
    ];
    checkExport(template, items);
  });

  it.each(HOSTILE_URLS)('URL %s', (url) => {
    const check = checkCapturableUrl(url);
    expect(check.ok).toBe(true);
    if (check.ok) checkExport(template, [queued(0, { url: check.url, title: 'T', section: first[0], project: first[1], comment: 'c' })]);
  });

  it('does not let a comment define a link that another item uses', () => {
    const items = [
      queued(0, { url: 'https://example.com/a', title: 'A', section: first[0], project: first[1], comment: '[1]: http://evil.example/' }),
      queued(1, { url: 'https://example.com/b', title: 'B', section: first[0], project: first[1], comment: 'see [docs][1]' }),
    ];
    const exported = exportNextIssue({ template, issues: [issue17], items }, {}, '2014-08-03');
    const back = readBack(template, exported.markdown, exported.issue.fileName);
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    // The escaped line is plain text (a bare URL in A's commentary), never a definition B resolves.
    expect(back.value.items).toHaveLength(2);
    // (The page itself, where the digest links its pages through a redirect.)
    expect(back.value.items[1]?.links.map((l) => pageAddress(l.url))).toEqual(['https://example.com/b']);
  });

  it('keeps an entry whose words end in code apart from a list entry after it', () => {
    // Its address stands alone after the code: a page's address, never a line crediting the list.
    const items = [
      queued(0, { url: 'https://example.com/a', title: '', section: first[0], project: first[1], comment: 'x\n```\ncode\n```' }),
      queued(1, { url: 'https://example.com/b', title: '', section: first[0], project: first[1], comment: '- item' }),
    ];
    checkExport(template, items);
  });

  it('keeps an entry whose words are code, a list or a quote apart from an entry of a link alone before it', () => {
    // Found by the property (seed 13159216): code over the next entry's address was read as the
    // words of the entry before, whose link stood alone.
    for (const words of ['```\ncode\n```', '```\n```', '- a point', '> quoted']) {
      const items = [
        queued(0, { url: 'https://example.com/a', title: '', section: first[0], project: first[1], comment: '' }),
        queued(1, { url: 'https://example.com/b', title: 'B', section: first[0], project: first[1], comment: words }),
        queued(2, { url: 'https://example.com/c', title: '', section: first[0], project: first[1], comment: 'after' }),
      ];
      checkExport(template, items);
    }
  });

  it('keeps an entry whose words open with a paragraph that links nowhere apart from a quote ending the entry before', () => {
    // The words after a quote that link nowhere are read as the comment on what was quoted: the
    // next entry's first paragraph must not be.
    const items = [
      queued(0, { url: 'https://example.com/a', title: 'A', section: first[0], project: first[1], comment: 'x\n\n> quoted' }),
      queued(1, { url: 'https://example.com/b', title: 'B', section: first[0], project: first[1], comment: 'first\n\nsecond' }),
      queued(2, { url: 'https://example.com/c', title: 'C', section: first[0], project: first[1], comment: '> quoted' }),
      queued(3, { url: 'https://example.com/d', title: '', section: first[0], project: first[1], comment: 'plain' }),
    ];
    checkExport(template, items);
  });

  it('writes section, project, label and lead-in names of several lines on one line', () => {
    const named: Template = {
      ...template,
      dateLeadIn: '{date:YYYY.M.D}\n## injected\n',
      sections: [section('A\n## B', 'C\n* D'), ...template.sections],
    };
    const items = [
      { ...queued(0, { url: 'https://example.com/1', title: 'T', section: 'A\n## B', project: 'C\n* D', comment: 'one', eventDate: '2014-07-25' }), links: [{ url: 'https://example.com/1', title: 'T', label: 'BP\n## X：' }] },
      queued(1, { url: 'https://example.com/2', title: 'U', section: 'A\n## B', project: null, comment: 'two' }),
    ];
    const exported = exportNextIssue({ template: named, issues: [issue17], items }, {}, '2014-08-03');
    const back = readBack(template, exported.markdown, exported.issue.fileName, named);
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect(back.value.items).toHaveLength(2);
    // The two the entries go under, the headings the digest writes in every issue (with what
    // their standing words hold), and any the digest's standing opening, parts and ending hold.
    const everyIssue = named.sections.filter((s) => !s.hidden).flatMap((s) => {
      const projects = s.projects.filter((p) => p.everyIssue && !p.hidden);
      const own = s.name !== null && (s.everyIssue === true || projects.length > 0) ? [s] : [];
      return [...own, ...projects];
    });
    const standing = [named.preamble, ...named.sections.flatMap((s) => s.after ?? []), ...everyIssue.flatMap((h) => [h.intro ?? '', h.outro ?? '', 'closing' in h ? (h.closing ?? '') : '']), named.closing ?? ''];
    // (A heading inside a comment, an editor's template for entries, is no heading; nor is one
    // repeating the issue's title under its front matter, once the issue's number is filled in.)
    const standingHeadings = formatPattern(standing.join('\n'), standingValues(exported.issue))
      .replace(/<!--[\s\S]*?-->/g, '')
      .split('\n')
      .filter((line) => /^#{1,6} /.test(line) && line.replace(/^#+ /, '') !== exported.issue.title).length;
    expect(back.value.issue.body.filter((s) => s.kind === 'heading')).toHaveLength(2 + everyIssue.length + standingHeadings);
  });

  it('holds for any text, any mix of groups, any web URL, many links, long runs of one line kind (property)', () => {
    const lineKinds = fc.constantFrom('# heading', '- item', '> quote', '```', '---', '1、entry', '[x]: http://d.example', '<!--', '    code', '');
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.constantFrom(...HOSTILE_TEXT),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.tuple(lineKinds, fc.integer({ min: 1, max: 40 })).map(([line, n]) => Array.from({ length: n }, () => line).join('\n')),
    );
    const url = fc.oneof(fc.webUrl({ withFragments: true, withQueryParameters: true }), fc.constantFrom(...HOSTILE_URLS));
    fc.assert(
      fc.property(
        fc.array(fc.record({ text, title: text, urls: fc.array(url, { minLength: 1, maxLength: 6 }), group: fc.constantFrom(...groups), date: fc.boolean(), image: fc.option(url), kind: fc.option(fc.constantFrom(...(template.items.kinds ?? ['']))) }), { minLength: 1, maxLength: 8 }),
        (specs) => {
          const items = specs.map((s, i): Item => {
            const item = queued(i, { url: s.urls[0]!, title: s.title, section: s.group[0], project: s.group[1], comment: s.text, ...(s.date ? { eventDate: '2014-07-25' } : {}), ...(s.kind ? { kind: s.kind } : {}) });
            // A page's picture, where it has one the capture keeps (a web address).
            const image = s.image !== null && isWebAddress(s.image) ? { image: s.image } : {};
            return { ...item, links: s.urls.map((u, k) => ({ url: u, title: k === 0 ? s.title : `more ${k}`, ...(k === 0 ? image : {}) })) };
          });
          checkExport(template, items);
        },
      ),
      // A failure reported in CI replays with its seed and path: FUZZ_SEED=… FUZZ_PATH=… .
      { numRuns: Number(process.env.FUZZ_RUNS ?? 150), ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED), path: process.env.FUZZ_PATH, endOnFailure: true } : {}) },
    );
  });
});

describe('capture', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'JAVASCRIPT:void(0)', 'vbscript:msgbox'])('refuses %s', (url) => {
    expect(checkCapturableUrl(url).ok).toBe(false);
  });
});

describe('long runs of one character', () => {
  // A pattern that lets a run of blanks (or brackets, or `{#`) start a match at each of its
  // characters tries them all: a 100,000-character run took minutes to read. Read by hand or
  // with a lookbehind at the run's start, any such line reads in a moment, and as written.
  const n = 100_000;
  const runs = [' '.repeat(n), ' \t'.repeat(n / 2), ' #'.repeat(n / 2), '['.repeat(n), '{#'.repeat(n / 2), '[a]('.repeat(n / 4), '![a]('.repeat(n / 5), '<'.repeat(n), '('.repeat(n)];
  const places = [
    (r: string) => `# Issue 7 ${r} x\n\n## News\n\n- [a](https://e.com/a) words\n`,
    (r: string) => `# Issue 7\n\n## News ${r} x\n\n- [a](https://e.com/a) words\n`,
    (r: string) => `# Issue 7\n\n## News\n\n### T ${r} x\n\nWords [a](https://e.com/a).\n`,
    (r: string) => `# Issue 7\n\n## News\n\n- [a](https://e.com/a) ${r} x\n- [b](https://e.com/b)\n`,
    (r: string) => `---\ntitle: Issue 7 ${r} x\n---\n\n## News\n\n1、[a](https://e.com/a)\n\n${r} x\n`,
  ];

  it.each(runs.map((r) => [JSON.stringify(r.slice(0, 6)), r] as const))('a line with a run of %s in a title, heading, entry or paragraph is read and written back as it was', (_, run) => {
    const files = places.map((place, i) => ({ name: `issue-${i + 1}.md`, text: place(run).replace('Issue 7', `Issue ${i + 1}`) }));
    const plan = planImport(files, { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-12-01');
    expect(plan.failures).toEqual([]);
    const state = applyImport({ template: DEFAULT_TEMPLATE, issues: [], items: [] }, plan);
    for (const file of files) {
      const issue = state.issues.find((i) => i.fileName === file.name)!;
      expect(exportPublished(state, issue.key)?.markdown).toBe(file.text);
    }
  });
});
