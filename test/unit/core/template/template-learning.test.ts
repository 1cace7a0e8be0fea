import { describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../../../src/core/issue/issue-import.ts';
import { parseIssue, type ParsedIssue } from '../../../../src/core/issue/issue-parser.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { formatPattern } from '../../../../src/core/issue/pattern.ts';
import { countedField, learnTemplate } from '../../../../src/core/template/template-learning.ts';
import { exportNextIssue, exportPublished } from '../../../../src/core/issue/issue-export.ts';
import type { Template } from '../../../../src/core/model/template.ts';
import { renderItem } from '../../../../src/core/issue/item-renderer.ts';
import type { Item } from '../../../../src/core/model/item.ts';
import { headingFormOf } from '../../../../src/core/issue/entry-form.ts';
import { createBackup } from '../../../../src/core/backup/backup.ts';
import { parseBackup } from '../../../../src/core/backup/backup-schema.ts';
import { DEFAULT_SETTINGS } from '../../../../src/core/model/settings.ts';
import { OPENSTACK_PRESET } from '../../../../src/core/template/presets.ts';
import { asksPicture } from '../../../../src/core/template/asks-picture.ts';
import { editTaxonomy } from '../../../../src/core/template/taxonomy-edit.ts';
import { OPENSTACK_PROJECTS } from '../../../../src/core/suggestion/openstack-projects.ts';
import { corpusAvailable, corpusFiles, DIGESTS, digestFiles, fixtureFiles, otherDigestsAvailable } from '../../../helpers/corpus.ts';

function parse(name: string, text: string, projectNames: string[] = []): ParsedIssue {
  const r = parseIssue(text, { fileName: name, projectNames });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const fixtures = fixtureFiles('issues').map((f) => parse(f.name, f.text, OPENSTACK_PROJECTS.map((p) => p.name)));
const byKey = (key: string) => fixtures.find((p) => p.issue.key === key)!;
/** What changes from issue to issue in words, not in the issue's number (which standing text may name, see standingPattern). */
const WEEK_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth'];
/** Names of entries that change from issue to issue (an issue's number in them would make them its standing words). */
const CRATES = ['ropey', 'slab', 'tinyvec', 'bytes', 'serde'];

/** The template comes back from a backup as it was; one whose `field` is any of `bogus` is refused. */
function expectKeptInBackup(template: Template, field: 'site' | 'byline' | 'credit', bogus: readonly string[]): void {
  const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [], items: [] }, new Date('2025-01-12T00:00:00Z')));
  expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
  for (const form of bogus) {
    const broken = JSON.parse(JSON.stringify(backup));
    broken.template.items[field] = form;
    expect(parseBackup(JSON.stringify(broken)).ok, form).toBe(false);
  }
}

describe('learnTemplate', () => {
  it('learns the format from the newest issue, with its metadata written as it was', () => {
    const t = learnTemplate(OPENSTACK_PRESET, [byKey('103')]);
    expect(t.learnedFrom).toBe('103');
    expect(t.titlePattern).toBe('OpenStack社区动态第{number:zh}期({start:MM.DD}-{end:MM.DD})');
    expect(t.fileNamePattern).toBe('{published:YYYY-MM-DD}-bullets-quotes-dates.md');
    expect(t.frontMatter).toEqual([
      { key: 'layout', raw: ' post' },
      { key: 'title', raw: ' {title}' },
      { key: 'description', raw: ' ""' },
      { key: 'category', raw: " 'Open Source'" },
      { key: 'tags', raw: '\n  - openstack\n  - digest' },
    ]);
    expect(t.dateLeadIn).toBe('{date:YYYY.M.D}，');
  });

  it('learns the heading a digest sets its headings under within a section, where nothing is filed under that one itself', () => {
    const issue = (n: number) => parse(`2026-11-0${n}-${n}.md`, `---\ntitle: Kite ${n}\ndate: 2026-11-0${n}\n---\n\n## Ecosystem\n\n### Libraries\n\n#### Parsing\n\n- [p${n}](https://p.example/${n}) - words\n\n#### Networking\n\n- [n${n}](https://n.example/${n}) - words\n\n### Tools\n\n- [t${n}](https://t.example/${n}) - words\n\n### Past\n\n## Events\n\n- [e${n}](https://e.example/${n}) - words\n`);
    const template = learnTemplate(DEFAULT_TEMPLATE, [issue(2), issue(1)]);
    const ecosystem = template.sections.find((s) => s.name === 'Ecosystem')!;
    expect(ecosystem.projects.map((p) => [p.name, p.heading, p.under])).toEqual([
      ['Parsing', '#### Parsing', '### Libraries'],
      ['Networking', '#### Networking', '### Libraries'],
      ['Tools', '### Tools', undefined],
    ]);
    const items: Item[] = ['Networking', 'Tools'].map((project, i) => ({ id: `q${i}`, section: 'Ecosystem', project, order: i, comment: 'words', links: [{ url: `https://q.example/${i}`, title: project }], capturedAt: '2026-11-09T08:00:00.000Z', issue: null }));
    const written = exportNextIssue({ template, issues: [], items }, {}, '2026-11-09').markdown;
    expect(written).toContain('## Ecosystem\n\n### Libraries\n\n#### Networking\n\n- [Networking](https://q.example/0) - words\n\n### Tools\n');
  });

  it('leaves a number each issue writes its own way out as the metadata’s language can, not as an empty string', () => {
    // (Figures that do not count with the number: each issue's own.)
    const toml = (n: number, weight = n * n) => parse(`${n}.md`, `+++\ntitle = "Kite ${n}"\nweight = ${weight}\n+++\n\n## A\n\n- [x${n}](https://x.example/${n}) - words\n`);
    expect(learnTemplate(DEFAULT_TEMPLATE, [toml(12), toml(11)]).frontMatter.find((f) => f.key === 'weight')?.raw).toBe(' 0');
    const json = (n: number, weight = n * n) => parse(`${n}.md`, `{\n  "title": "Kite ${n}",\n  "weight": ${weight}\n}\n\n## A\n\n- [x${n}](https://x.example/${n}) - words\n`);
    expect(learnTemplate(DEFAULT_TEMPLATE, [json(12), json(11)]).frontMatter.find((f) => f.key === 'weight')?.raw).toBe(' null');
    // Counting down as the issues count up, in either language: counted on.
    expect(learnTemplate(DEFAULT_TEMPLATE, [toml(12, 88), toml(11, 89)]).frontMatter.find((f) => f.key === 'weight')?.raw).toBe(' {number:100-}');
    expect(learnTemplate(DEFAULT_TEMPLATE, [json(12, 88), json(11, 89)]).frontMatter.find((f) => f.key === 'weight')?.raw).toBe(' {number:100-}');
  });

  it('learns heading levels and blank lines', () => {
    const levels = learnTemplate(OPENSTACK_PRESET, [byKey('21')]);
    expect([levels.sectionLevel, levels.projectLevel]).toEqual([3, 4]);
    expect(levels.blankBetweenHeadings).toBe(true);
  });

  it('does not let an older issue undo what a newer one taught', () => {
    const once = learnTemplate(OPENSTACK_PRESET, [byKey('103')]);
    const edited = { ...once, titlePattern: 'Edited {number}' };
    expect(learnTemplate(edited, [byKey('21')]).titlePattern).toBe('Edited {number}');
  });

  it('adds new sections and projects and keeps the editor’s order', () => {
    const t = learnTemplate({ ...OPENSTACK_PRESET, learnedFrom: '1' }, [byKey('22')]);
    const names = t.sections.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(['业界动态', '社区跟踪']);
    expect(names).toContain(null);
    expect(t.sections.find((s) => s.name === null)!.projects.map((p) => p.name)).toEqual(['Nova', 'Heat', 'Cinder']);
  });

  it('keeps a section’s own line as the newest issue writes it, over its subsections, where a `#` heading elsewhere reads it at the second level', () => {
    const older = parse('2019-06-04-weekly.md', '# Weekly 289\n\n# Updates from Rust Community\n\n* [Old news](https://example.org/old)\n');
    const newer = parse(
      '2026-08-19-weekly.md',
      '# Weekly 665\n\n## Updates from Rust Community\n\n### Official\n* [Rust 1.99](https://example.org/199)\n\n### Newsletters\n* [A letter](https://example.org/letter)\n\n# Quote of the Week\n\n> Words.\n',
    );
    const t = learnTemplate(DEFAULT_TEMPLATE, [newer, older]);
    const section = t.sections.find((s) => s.name === 'Updates from Rust Community');
    expect(section?.heading).toBe('## Updates from Rust Community');
    expect(section?.projects.map((p) => p.name)).toEqual(['Official', 'Newsletters']);
  });

  it('starts a digest that is not OpenStack’s from its own issues alone', () => {
    const t = learnTemplate(DEFAULT_TEMPLATE, [parse('zola-weekly-31.md', fixtureFiles('variants').find((f) => f.name === 'zola-weekly-31.md')!.text)]);
    expect(t.preset).toBeUndefined();
    expect(t.sections.map((s) => s.name)).toEqual(['Releases', 'Reading']);
    expect(t.items).toMatchObject({ grammar: 'bullet', marker: '- ' });
    expect(t.head).toBe('toml');
  });

  it('learns an issue named by its day, month spelled out, and links written bare on their own lines', () => {
    const file = fixtureFiles('variants').find((f) => f.name === 'pgnews-2022-05-01.md')!;
    const t = learnTemplate(DEFAULT_TEMPLATE, [parse(file.name, file.text)]);
    expect(t.titlePattern).toBe('PostgreSQL Weekly News - {published:MMMM D, YYYY}');
    expect(t.fileNamePattern).toBe('pgnews-{published:YYYY-MM-DD}.md');
    expect(t.linkStyle).toBe('bare');
    expect(t.items.grammar).toBe('paragraph');
  });

  it('learns whether entry numbers count on across headings or start again under each', () => {
    const across = fixtureFiles('variants').find((f) => f.name === 'frontend-weekly-31.md')!;
    expect(learnTemplate(DEFAULT_TEMPLATE, [parse(across.name, across.text)]).items).toMatchObject({ grammar: 'heading', marker: '### 1. ', countsAcross: true });
    const again = across.text.replace('### 3、', '### 1、');
    expect(learnTemplate(DEFAULT_TEMPLATE, [parse(across.name, again)]).items).not.toHaveProperty('countsAcross');
  });

  it('learns entries that open with their link in bold, and words after a colon or on the lines under it', () => {
    const list = (entry: (n: number) => string): string => ['# W 3', '', '## Tools', '', ...[1, 2, 3].map(entry), ''].join('\n');
    const colon = list((n) => `- **[Tool ${n}](https://example.org/${n})**: does things.`);
    expect(learnTemplate(DEFAULT_TEMPLATE, [parse('w-3.md', colon)]).items).toMatchObject({ grammar: 'bullet', marker: '- ', separator: ': ', strongLink: '**' });
    const under = list((n) => `${n}. __[Tool ${n}](https://example.org/${n})__\n   Does things.`);
    const learned = learnTemplate(DEFAULT_TEMPLATE, [parse('w-3.md', under)]);
    expect(learned.items).toMatchObject({ grammar: 'bullet', marker: '1. ', separator: '\n', strongLink: '__' });
    const item = { id: 'n', section: 'Tools', project: null, order: 0, comment: 'Does *more*.\nOn two lines.', links: [{ url: 'https://example.org/new', title: 'New tool' }], capturedAt: '2024-01-01T00:00:00.000Z', issue: null };
    const written = renderItem(item, learned, new Map(), 4);
    expect(written).toBe('4. __[New tool](https://example.org/new)__\n   Does *more*.\n   On two lines.');
    const back = parse('w-4.md', `${under}\n${written}\n`).items.at(-1);
    expect([back?.section, back?.links, back?.comment]).toEqual(['Tools', [{ url: 'https://example.org/new', title: 'New tool', inline: true }], '__[New tool](https://example.org/new)__\nDoes *more*.\nOn two lines.']);
    // One in bold among plain links: the digest's way is the plain one.
    const mixed = colon.replace(/\*\*(\[Tool [23]\]\([^)]*\))\*\*/g, '$1');
    expect(learnTemplate(DEFAULT_TEMPLATE, [parse('w-3.md', mixed)]).items).not.toHaveProperty('strongLink');
  });

  it('learns a change log’s entries, words then the change’s page by its number, and writes new ones from a code host so', () => {
    const log = (ref: (n: number) => string) => ['# Changes 3', '', '## Fixes', '', ...[1, 2, 3].map((n) => `- Fixed thing ${n} (${ref(n)}, @ann)`), ''].join('\n');
    const learned = learnTemplate(DEFAULT_TEMPLATE, [parse('c-3.md', log((n) => `[#${n}](https://github.com/k/k/pull/${n})`))]);
    expect(learned.items).toMatchObject({ grammar: 'bullet', referenceLink: true, referenceAuthor: true });
    const item = { id: 'n', section: 'Fixes', project: null, order: 0, comment: '', links: [{ url: 'https://github.com/k/k/pull/9', title: 'Fix *it* by bo · Pull Request #9 · k/k' }], capturedAt: '2024-01-01T00:00:00.000Z', issue: null };
    expect(renderItem(item, learned, new Map(), 1)).toBe('- Fix \\*it\\* ([#9](https://github.com/k/k/pull/9), @bo)');
    // Where the entries credit no one, neither does a new one.
    expect(renderItem(item, { ...learned, items: { ...learned.items, referenceAuthor: undefined } }, new Map(), 1)).toBe('- Fix \\*it\\* ([#9](https://github.com/k/k/pull/9))');
    // Words of several lines are written as a list's entry is.
    expect(renderItem({ ...item, comment: 'One\ntwo' }, learned, new Map(), 1)).not.toContain('([#9]');
    const backup = createBackup({ settings: DEFAULT_SETTINGS, template: learned, issues: [], items: [] }, new Date('2024-01-01T00:00:00Z'));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: structuredClone(backup) });
    // A link named by its page's words is no change's number.
    expect(learnTemplate(DEFAULT_TEMPLATE, [parse('c-3.md', log((n) => `[the pull request](https://github.com/k/k/pull/${n})`))]).items).not.toHaveProperty('referenceLink');
  });

  it('learns GitHub’s release notes, words then who made the change and its address after `in`, and writes new ones from a code host so', () => {
    const notes = (credit: (n: number) => string) => ['# Changes 3', '', '## Fixes', '', ...[1, 2, 3].map((n) => `* Fixed \`thing_${n}\`${credit(n)} in https://github.com/k/k/pull/${n}`), ''].join('\n');
    const parsed = parse('c-3.md', notes((n) => ` by @ann-${n}`));
    // The page is named by the change's words: not its author, not the `in` that leads to the address.
    expect(parsed.items.map((i) => i.links[0]?.title)).toEqual(['Fixed thing_1', 'Fixed thing_2', 'Fixed thing_3']);
    const learned = learnTemplate(DEFAULT_TEMPLATE, [parsed]);
    expect(learned.items).toMatchObject({ grammar: 'bullet', referenceLink: true, referenceAuthor: true, referenceAddress: true });
    const item = { id: 'n', section: 'Fixes', project: null, order: 0, comment: '', links: [{ url: 'https://github.com/k/k/pull/9', title: 'Keep `NO_COLOR` *set* by bo · Pull Request #9 · k/k' }], capturedAt: '2024-01-01T00:00:00.000Z', issue: null };
    expect(renderItem(item, learned, new Map(), 1)).toBe('* Keep `NO_COLOR` \\*set\\* by @bo in https://github.com/k/k/pull/9');
    // An issue's title names no author; the editor's words name the change where there are some.
    const issue = { ...item, comment: 'Watch mode sees new files', links: [{ url: 'https://github.com/k/k/issues/7', title: 'Watch mode misses files · Issue #7 · k/k' }] };
    expect(renderItem(issue, learned, new Map(), 1)).toBe('* Watch mode sees new files in https://github.com/k/k/issues/7');
    // An address Markdown would read otherwise as bare stands in angle brackets.
    expect(renderItem({ ...issue, links: [{ url: 'https://github.com/k/k/issues/7#c1.', title: '' }] }, learned, new Map(), 1)).toBe('* Watch mode sees new files in <https://github.com/k/k/issues/7#c1.>');
    // Where the entries credit no one, neither does a new one.
    expect(learnTemplate(DEFAULT_TEMPLATE, [parse('c-3.md', notes(() => ''))]).items).not.toHaveProperty('referenceAuthor');
    // A page of no code host is written as a list's entry is.
    expect(renderItem({ ...item, links: [{ url: 'https://blog.example/k', title: 'Why' }] }, learned, new Map(), 1)).toContain('[Why](https://blog.example/k)');
    const backup = createBackup({ settings: DEFAULT_SETTINGS, template: learned, issues: [], items: [] }, new Date('2024-01-01T00:00:00Z'));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: structuredClone(backup) });
  });

  it('learns headed entries that end with a line naming their page’s site, kept in a backup', () => {
    const files = fixtureFiles('golden/past/site-lines', /\.md$/);
    const template = learnTemplate(DEFAULT_TEMPLATE, files.map((f) => parse(f.name, f.text)));
    expect(template.items).toMatchObject({ grammar: 'heading', siteLine: '*[ {SITE} ]*', siteLineOwners: ['github.com'] });
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [], items: [] }, new Date('2025-01-12T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    const broken = JSON.parse(JSON.stringify(backup));
    broken.template.items.siteLine = '<img src=x>{site}';
    expect(parseBackup(JSON.stringify(broken)).ok).toBe(false);
    broken.template.items.siteLine = '{site}';
    broken.template.items.siteLineOwners = ['github.com/<b>'];
    expect(parseBackup(JSON.stringify(broken)).ok).toBe(false);
    // Entries whose last lines name other things (`*Open source, Rust.*`) learn no site line.
    const reviews = files.map((f) => parse(f.name, f.text.replace(/\*\[ [^\]]* \]\*/g, '*Open source.*')));
    expect(learnTemplate(DEFAULT_TEMPLATE, reviews).items).not.toHaveProperty('siteLine');
  });

  it('learns headed entries that embed their page by a tag under the title, kept in a backup', () => {
    const learned = planImport(fixtureFiles('golden/past/embeds', /\.md$/), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-12-01').template;
    expect(learned.items).toMatchObject({ grammar: 'heading', pageLink: { text: '', line: true, embed: 'embed' } });
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template: learned, issues: [], items: [] }, new Date('2025-01-12T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    const broken = JSON.parse(JSON.stringify(backup));
    broken.template.items.pageLink.embed = 'include';
    expect(parseBackup(JSON.stringify(broken)).ok).toBe(false);
  });

  it('learns the list of contents an issue opens with, kept in a backup; none where the newest issue has none', () => {
    const files = fixtureFiles('golden/past/contents', /\.md$/);
    const learned = learnTemplate(DEFAULT_TEMPLATE, files.map((f) => parse(f.name, f.text)));
    expect(learned.contents).toEqual({ marker: '1. ', levels: [2], anchors: 'github', under: '## Contents' });
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template: learned, issues: [], items: [] }, new Date('2025-01-12T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    const broken = JSON.parse(JSON.stringify(backup));
    broken.template.contents.marker = '<b>';
    expect(parseBackup(JSON.stringify(broken)).ok).toBe(false);
    // A newer issue without the list forgets it.
    const last = files.at(-1)!;
    const without = parse('dev-notes-8.md', last.text.replace(/^\d\. \[.*\n/gm, '').replace('Dev Notes 7', 'Dev Notes 8'));
    expect(learnTemplate(learned, [without]).contents).toBeUndefined();
  });

  it('learns how entries show their pages’ pictures, digest-wide or a heading’s own, kept in a backup', () => {
    const learned = (folder: string) => learnTemplate(DEFAULT_TEMPLATE, fixtureFiles(`golden/past/${folder}`, /\.md$/).map((f) => parse(f.name, f.text)));
    expect(learned('pictures-opening').items.picture).toEqual({ at: 'opening', linked: false, titled: false });
    expect(learned('pictures-linked').items.picture).toEqual({ at: 'under', linked: true, titled: false });
    // A paragraph of its own right over each entry, its words the page's: over.
    expect(learned('pictures-over').items.picture).toEqual({ at: 'over', linked: false, titled: true });
    const under = learned('pictures-under');
    // Most entries show one (the news), so the digest does, and its articles show none.
    expect(under.items.picture).toEqual({ at: 'under', linked: false, titled: false });
    expect(under.sections.find((s) => s.name === '文章')?.picture).toBe('none');
    expect(under.sections.find((s) => s.name === '新闻')).not.toHaveProperty('picture');
    expect(learned('reference-labels').items).not.toHaveProperty('picture');
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template: under, issues: [], items: [] }, new Date('2025-01-12T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    for (const picture of [{ at: 'beside', linked: false, titled: false }, 'all']) {
      const broken = JSON.parse(JSON.stringify(backup));
      broken.template.sections[0].picture = picture;
      expect(parseBackup(JSON.stringify(broken)).ok).toBe(false);
    }
  });

  it('learns entries that link their pages by labels as the same entries linked inline, and how the labels are written, kept in a backup', () => {
    const learned = (folder: string) => learnTemplate(DEFAULT_TEMPLATE, fixtureFiles(`golden/past/${folder}`, /\.md$/).map((f) => parse(f.name, f.text)));
    const numbered = learned('reference-labels');
    expect(numbered.items.linkLabels).toEqual({ by: 'number', at: 'end' });
    // The separator is read from `[title][1] — words` as from `[title](url) — words`.
    expect(numbered.items.separator).toBe(' — ');
    expect(learned('headed-newsletter').items.linkLabels).toEqual({ by: 'name', at: 'entry' });
    expect(learned('lead-titles').items).not.toHaveProperty('linkLabels');
    // Links in HTML, `<a href="url">title</a> — words`, are learned as Markdown links are; an
    // HTML heading's anchor to its own place (`<a href="#new-plugins">`) links no page.
    const html = learned('html-links');
    expect(html.items).toMatchObject({ htmlLinks: true, separator: ' — ' });
    expect(learned('html-headed').items).not.toHaveProperty('htmlLinks');
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template: numbered, issues: [], items: [] }, new Date('2025-01-12T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    const broken = JSON.parse(JSON.stringify(backup));
    broken.template.items.linkLabels = { by: 'roman', at: 'end' };
    expect(parseBackup(JSON.stringify(broken)).ok).toBe(false);
    const htmlBackup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template: html, issues: [], items: [] }, new Date('2025-01-12T00:00:00Z')));
    expect(parseBackup(JSON.stringify(htmlBackup))).toEqual({ ok: true, value: htmlBackup });
  });

  it('learns entries that open with their title set apart and give their page after their words, kept in a backup', () => {
    const learned = (folder: string) => learnTemplate(DEFAULT_TEMPLATE, fixtureFiles(`golden/past/${folder}`, /\.md$/).map((f) => parse(f.name, f.text)));
    expect(learned('lead-titles').items.leadTitle).toEqual({ open: '**', close: '**', between: ' — ', ending: { before: ' ', text: 'Read more' } });
    const bracket = learned('bracket-titles');
    expect(bracket.items.leadTitle).toEqual({ open: '【', close: '】', between: '', ending: { label: '链接：', form: 'bare' } });
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template: bracket, issues: [], items: [] }, new Date('2025-01-12T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    for (const leadTitle of [{ open: '【', close: '**' }, { ending: { label: '<script>：', form: 'bare' } }, { ending: { before: ' ', text: 'Jane Doe' } }]) {
      const broken = JSON.parse(JSON.stringify(backup));
      Object.assign(broken.template.items.leadTitle, leadTitle);
      expect(parseBackup(JSON.stringify(broken)).ok).toBe(false);
    }
    // Entries whose titles are their links learn none.
    expect(learnTemplate(DEFAULT_TEMPLATE, [parse('w-3.md', ['# W 3', '', '## Tools', '', ...[1, 2, 3].map((n) => `- [Tool ${n}](https://example.org/${n}) — does things.`), ''].join('\n'))]).items).not.toHaveProperty('leadTitle');
  });

  it('learns entries whose link’s words are in bold inside its brackets, and writes new ones so', () => {
    const list = ['# W 3', '', '## Tools', '', ...[1, 2, 3].map((n) => `- [**Tool ${n}**](https://example.org/${n}) - does things.`), ''].join('\n');
    const learned = learnTemplate(DEFAULT_TEMPLATE, [parse('w-3.md', list)]);
    expect(learned.items).toMatchObject({ grammar: 'bullet', separator: ' - ', strongLink: '**', strongWithin: true });
    const item = { id: 'n', section: 'Tools', project: null, order: 0, comment: 'Does more.', links: [{ url: 'https://example.org/new', title: 'New *tool*' }], capturedAt: '2024-01-01T00:00:00.000Z', issue: null };
    expect(renderItem(item, learned, new Map(), 4)).toBe('- [**New \\*tool\\***](https://example.org/new) - Does more.');
    // A page with no title is its address, in bold whole.
    expect(renderItem({ ...item, links: [{ url: 'https://example.org/new', title: '' }] }, learned, new Map(), 4)).toBe('- **<https://example.org/new>** - Does more.');
    const backup = createBackup({ settings: DEFAULT_SETTINGS, template: learned, issues: [], items: [] }, new Date('2024-01-01T00:00:00Z'));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: structuredClone(backup) });
    // Bold around the link stays the digest's way where most entries set it so.
    expect(learnTemplate(DEFAULT_TEMPLATE, [parse('w-3.md', list.replace(/\[\*\*(Tool [12])\*\*\]\(([^)]*)\)/g, '**[$1]($2)**'))]).items).not.toHaveProperty('strongWithin');
  });

  it('learns paragraphs that open with their link in bold and a rule between entries, kept in a backup', () => {
    const [newest] = fixtureFiles('golden/past/link-first', /\.md$/).sort((a, b) => b.name.localeCompare(a.name));
    const template = learnTemplate(DEFAULT_TEMPLATE, [parse(newest!.name, newest!.text)]);
    expect(template.items).toMatchObject({ grammar: 'paragraph', linkFirst: true, strongLink: '**', separator: '\n', rule: '---' });
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [], items: [] }, new Date('2025-01-12T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    // A rule that is no rule is refused.
    const broken = JSON.parse(JSON.stringify(backup));
    broken.template.items.rule = '<script>';
    expect(parseBackup(JSON.stringify(broken)).ok).toBe(false);
    // Paragraphs that mostly open with words learn neither.
    const words = newest!.text.replace(/\*\*\[([^\]]*)\]\(([^)]*)\)\*\*\n([^\n]*)/g, '$3 [$1]($2)').replaceAll('\n\n---\n\n', '\n\n');
    const plain = learnTemplate(DEFAULT_TEMPLATE, [parse(newest!.name, words)]).items;
    expect([plain.grammar, plain.linkFirst, plain.strongLink, plain.rule]).toEqual(['paragraph', undefined, undefined, undefined]);
  });

  it('learns the symbol each heading’s entries open with, kept in a backup', () => {
    const past = fixtureFiles('golden/past/symbol-lines').map((f) => parse(f.name, f.text));
    const template = learnTemplate(DEFAULT_TEMPLATE, past);
    expect(template.items.marker).toBe('🔗 ');
    expect(template.sections.map((s) => [s.name, s.marker])).toEqual([
      ['Reading', '🔗 '],
      ['Tools', '👉 '],
    ]);
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [], items: [] }, new Date('2025-01-12T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    for (const bogus of ['# ', '👉', 'ab ']) {
      const broken = JSON.parse(JSON.stringify(backup));
      broken.template.sections[1].marker = bogus;
      expect(parseBackup(JSON.stringify(broken)).ok, bogus).toBe(false);
    }
  });

  it('learns the parts of a digest of lists that write their entries otherwise, kept in a backup', () => {
    // Imported together, as the issues show which headings come back and which are written once.
    const { template } = planImport(fixtureFiles('golden/past/news-parts'), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-03-22');
    expect(template.items.grammar).toBe('bullet');
    // As the newest issue to file under each wrote them: news in paragraphs, changes under headings of their own.
    expect(template.sections.map((s) => [s.name, s.grammar, s.marker])).toEqual([
      ['Project News', 'paragraph', undefined],
      ['Release Schedule', 'paragraph', undefined],
      ['Featured Changes', 'heading', '### '],
      ['Quote of the Week', 'paragraph', undefined],
      ['Other Merges', undefined, undefined],
      ['Version Updates', undefined, undefined],
    ]);
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [], items: [] }, new Date('2026-03-22T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    // A heading's marks are a marker only for entries under headings of their own.
    const broken = JSON.parse(JSON.stringify(backup));
    broken.template.sections[0].marker = '### ';
    expect(parseBackup(JSON.stringify(broken)).ok).toBe(false);
    broken.template.sections[0].grammar = 'chapter';
    expect(parseBackup(JSON.stringify(broken)).ok).toBe(false);
  });

  it('learns a part the digest writes between its sections in every issue, and writes it in its place whether the section before it has entries or not', () => {
    const issue = (n: number) => ({
      name: `links-${n}.md`,
      text: `# Links ${n}\n\n## News\n\n- [A ${n}](https://example.org/a/${n}) - words\n\n## Jobs\n\nPlease see the [hiring thread](https://example.org/jobs).\n\n## Tools\n\n### Editors\n\n- [T ${n}](https://example.org/t/${n})\n\n### Elsewhere\n\nNothing this week.\n\n## Sign-off\n\nThanks for reading.\n`,
    });
    const state = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
    const plan = planImport([issue(1), issue(2), issue(3)], state, '2026-03-22');
    // Not an entry: the line is the digest's own, in every issue.
    expect(plan.parsed[2]!.items.map((i) => i.links[0]?.url)).toEqual(['https://example.org/a/3', 'https://example.org/t/3']);
    expect(plan.template.sections.map((s) => [s.name, s.after])).toEqual([
      ['News', '## Jobs\n\nPlease see the [hiring thread](https://example.org/jobs).'],
      ['Tools', undefined],
    ]);
    // A subsection every issue writes, with nothing filed under it, is one of its section's
    // headings, with its words; what follows the last of them is the issue's ending.
    expect(plan.template.sections[1]?.projects.map((p) => [p.name, p.everyIssue, p.intro])).toEqual([
      ['Editors', true, undefined],
      ['Elsewhere', true, 'Nothing this week.'],
    ]);
    expect(plan.template.closing).toBe('## Sign-off\n\nThanks for reading.');
    const next = exportNextIssue(
      { ...applyImport(state, plan), items: [...applyImport(state, plan).items, { id: 'q', section: 'Tools', project: 'Editors', order: 0, comment: '', links: [{ url: 'https://example.org/t/4', title: 'T 4' }], capturedAt: '2026-03-22T00:00:00.000Z', issue: null }] },
      {},
      '2026-03-22',
    );
    expect(next.markdown).toContain('## Jobs\n\nPlease see the [hiring thread](https://example.org/jobs).\n\n## Tools\n\n### Editors\n\n- [T 4](https://example.org/t/4)');
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template: plan.template, issues: [], items: [] }, new Date('2026-03-22T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
  });

  it('learns the headings every one of the newest issues writes, and writes them in the next issue with their standing words though nothing is queued under them', () => {
    const issue = (n: number) => {
      const rare = n % 2 === 1 ? `### Rare\n\n- [R ${n}](https://example.org/r/${n})\n\n` : '';
      const events = n > 1 ? `## Events\n\n- [E ${n}](https://example.org/e/${n})\n\n` : '';
      return {
        name: `links-${n}.md`,
        text: `# Links ${n}\n\n## News\n\n- [A ${n}](https://example.org/a/${n}) - words\n\n## Crate of the Week\n\nThis week's crate is [${CRATES[n]}](https://example.org/c/${CRATES[n]}), a crate.\n\n[Submit yours](https://example.org/submit)!\n\n## Tools\n\n### Editors\n\n- [T ${n}](https://example.org/t/${n})\n\n${rare}${events}`,
      };
    };
    const state = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
    const plan = planImport([1, 2, 3, 4].map(issue), state, '2026-03-22');
    const every = (t: Template) => t.sections.flatMap((s) => [...(s.everyIssue ? [s.name] : []), ...s.projects.filter((p) => p.everyIssue).map((p) => p.name)]);
    // Rare only in two of them, Events not in the oldest.
    expect(every(plan.template)).toEqual(['News', 'Crate of the Week', 'Tools', 'Editors']);
    const queued = { id: 'q', section: 'News', project: null, order: 0, comment: '', links: [{ url: 'https://example.org/a/5', title: 'A 5' }], capturedAt: '2026-03-22T00:00:00.000Z', issue: null };
    const next = (template: Template) => exportNextIssue({ ...applyImport(state, plan), template, items: [...applyImport(state, plan).items, queued] }, {}, '2026-03-22').markdown;
    expect(next(plan.template)).toContain(
      '## News\n\n- [A 5](https://example.org/a/5)\n\n## Crate of the Week\n\n[Submit yours](https://example.org/submit)!\n\n## Tools\n\n### Editors\n',
    );
    expect(next(plan.template)).not.toMatch(/Rare|Events/);
    // A heading the editor hides is not written empty.
    const hidden = editTaxonomy(plan.template, { kind: 'toggle-section', name: 'Crate of the Week' }) as Template;
    expect(next(hidden)).not.toContain('Crate of the Week');
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template: plan.template, issues: [], items: [] }, new Date('2026-03-22T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    // Two issues cannot tell a heading the digest always writes from one that was busy lately.
    expect(every(planImport([3, 4].map(issue), state, '2026-03-22').template)).toEqual([]);
  });

  it('writes the header of a table whose rows a heading written in every issue holds, with no row under it', () => {
    const table = { head: '| Tool | What it does |\n| --- | --- |', link: 0, words: 1 };
    const template: Template = {
      ...DEFAULT_TEMPLATE,
      sections: [
        { name: 'Tools', hidden: false, everyIssue: true, table, projects: [] },
        { name: 'Reads', hidden: false, projects: [] },
      ],
    };
    const item = { id: 'q', section: 'Reads', project: null, order: 0, comment: 'words', links: [{ url: 'https://example.org/r', title: 'R' }], capturedAt: '2026-03-22T00:00:00.000Z', issue: null };
    const markdown = exportNextIssue({ template, issues: [], items: [item] }, {}, '2026-03-22').markdown;
    expect(markdown).toContain('## Tools\n\n| Tool | What it does |\n| --- | --- |\n\n## Reads');
  });

  it('writes headings the digest writes in every issue a blank line apart, each under its section', () => {
    const template: Template = {
      ...DEFAULT_TEMPLATE,
      blankAfterHeading: false,
      blankBetweenHeadings: false,
      sections: [
        { name: 'Industry', hidden: false, everyIssue: true, projects: [] },
        { name: 'Community', hidden: false, projects: [{ name: 'Common', aliases: [], hidden: false, everyIssue: true }, { name: 'Nova', aliases: [], hidden: false, everyIssue: true }, { name: 'Heat', aliases: [], hidden: false }] },
      ],
    };
    const item = { id: 'q', section: 'Community', project: 'Heat', order: 0, comment: 'words', links: [{ url: 'https://example.org/h', title: 'H' }], capturedAt: '2026-03-22T00:00:00.000Z', issue: null };
    const markdown = exportNextIssue({ template, issues: [], items: [item] }, {}, '2026-03-22').markdown;
    expect(markdown).toContain('## Industry\n\n## Community\n### Common\n\n### Nova\n\n### Heat\n* [H](https://example.org/h) - words');
  });

  it('learns entries set as block quotes, kept in a backup; a quote that opens with words is no entry', () => {
    const past = fixtureFiles('golden/past/quoted').map((f) => parse(f.name, f.text));
    expect(past[0]!.items.map((i) => [i.section, i.links[0]?.title])).toEqual([
      ['Reading', 'The Art of Unix Programming 5'],
      ['Reading', 'Crafting Interpreters 5'],
      ['Tools', 'ripgrep 5'],
    ]);
    const template = learnTemplate(DEFAULT_TEMPLATE, past);
    expect(template.items).toMatchObject({ grammar: 'bullet', quoted: true, loose: true });
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [], items: [] }, new Date('2025-01-12T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    const quote = parse('w-3.md', '# W 3\n\n## Quote of the week\n\n> Words of [someone](https://example.org/u).\n\n## News\n\n- [A](https://example.org/a)\n');
    expect(quote.items.map((i) => i.links[0]?.title)).toEqual(['A']);
  });

  it('learns words listed under the link (`  - words`), kept in a backup; not from links nested there, nor where words run on after the link', () => {
    const past = fixtureFiles('golden/past/nested-words').map((f) => parse(f.name, f.text));
    const template = learnTemplate(DEFAULT_TEMPLATE, past);
    expect(template.items).toMatchObject({ grammar: 'bullet', marker: '- ', separator: '\n', wordsMarker: '- ' });
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [], items: [] }, new Date('2025-01-12T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    const links = parse('w-3.md', '# W 3\n\n## News\n\n* [A](https://example.org/a)\n  * [A, the video](https://example.org/a-video)\n* [B](https://example.org/b)\n  * [B, the slides](https://example.org/b-slides)\n* [C](https://example.org/c)\n  * <https://example.org/c-notes>\n');
    expect(links.items.map((i) => i.links.length)).toEqual([2, 2, 2]);
    expect(learnTemplate(DEFAULT_TEMPLATE, [links]).items).not.toHaveProperty('wordsMarker');
    const runOn = parse('w-3.md', '# W 3\n\n## News\n\n* [A](https://example.org/a) - words.\n* [B](https://example.org/b) - words.\n* [C](https://example.org/c)\n  * a nested point\n');
    expect(learnTemplate(DEFAULT_TEMPLATE, [runOn]).items).toMatchObject({ separator: ' - ' });
    expect(learnTemplate(DEFAULT_TEMPLATE, [runOn]).items).not.toHaveProperty('wordsMarker');
  });

  it('learns the separator after a note on the page (its site, its author) and a line break written `<br>`; the site only where the notes name it', () => {
    const learned = (entries: string) => learnTemplate(DEFAULT_TEMPLATE, [parse('w-3.md', `# W 3\n\n## News\n\n${entries}`)]).items;
    expect(learned('- [A](https://a.example/1) by Jean-Paul Roe — words.\n- [B](https://b.example/2) by Sam — more words.\n')).toMatchObject({ separator: ' — ' });
    expect(learned('- [A](https://a.example/1) (a.example): words.\n- [B](https://www.b.example/2) (b.example): more.\n')).toMatchObject({ separator: ': ', site: '({site})' });
    expect(learned('- [A](https://a.example/1) *(a.example)* — words.\n- [B](https://blog.b.example/2) *(b.example)* — more.\n')).toMatchObject({ separator: ' — ', site: '*({site})*' });
    expect(learned('- [A](https://a.example/1) (PDF) – words.\n- [B](https://b.example/2) (video) – more.\n')).toMatchObject({ separator: ' – ' });
    expect(learned('- [A](https://a.example/1) (PDF) – words.\n- [B](https://b.example/2) (video) – more.\n')).not.toHaveProperty('site');
    expect(learned('- [A](https://a.example/1)<br/>words.\n- [B](https://b.example/2)<br/>more.\n')).toMatchObject({ separator: '<br/>' });
    // Words under the link after a break the digest marks keep the mark: without it they would
    // run on as the link's line when rendered.
    const under = (end: string) => learned(`**[A](https://a.example/1)**${end}\nwords.\n\n**[B](https://b.example/2)**${end}\nmore.\n\n**[C](https://c.example/3)**${end}\nmore.\n`);
    expect(under('<br>')).toMatchObject({ separator: '<br>\n' });
    expect(under(' <br />')).toMatchObject({ separator: '<br />\n' });
    expect(under('\\')).toMatchObject({ separator: '\\\n' });
    expect(under('   ')).toMatchObject({ separator: '  \n' });
    expect(under('')).toMatchObject({ separator: '\n' });
    // Kept in a backup as learned; a form that does not say where the site stands, or breaks the line, is refused.
    expectKeptInBackup({ ...DEFAULT_TEMPLATE, items: learned('- [A](https://a.example/1) (a.example): w.\n- [B](https://b.example/2) (b.example): w.\n') }, 'site', ['(site)', '({site})\n## Sponsored']);
  });

  it('learns words quoted under the link and authors named after it (`- [title](url) by X` / `  > words`), kept in a backup; not authors a few entries name', () => {
    const past = fixtureFiles('golden/past/quoted-words').map((f) => parse(f.name, f.text));
    const template = learnTemplate(DEFAULT_TEMPLATE, past);
    expect(template.items).toMatchObject({ grammar: 'bullet', separator: '\n', wordsMarker: '> ', byline: 'by {author}' });
    expect(template.items).not.toHaveProperty('quoted');
    expectKeptInBackup(template, 'byline', ['by author', 'by {author}\n## Sponsored']);
    const learned = (entries: string) => learnTemplate(DEFAULT_TEMPLATE, [parse('w-3.md', `# W 3\n\n## News\n\n${entries}`)]).items;
    const few = '- [A](https://a.example/1) by Ann — words.\n- [B](https://b.example/2) — more.\n- [C](https://c.example/3) — more.\n- [D](https://d.example/4) — more.\n- [E](https://e.example/5) — more.\n- [F](https://f.example/6) by Fay — more.\n- [G](https://g.example/7) — more.\n';
    expect(learned(few)).not.toHaveProperty('byline');
    expect(learned('- [A](https://a.example/1) by Ann\n- [B](https://b.example/2) by Bo — more.\n- [C](https://c.example/3)\n')).toMatchObject({ byline: 'by {author}' });
  });

  it('learns authors named on the line under the link (`**[title](url)**`, `— Jane Doe`, a blank line, words), as written, kept in a backup; not a list nested under it', () => {
    const template = learnTemplate(DEFAULT_TEMPLATE, fixtureFiles('golden/past/bylines').map((f) => parse(f.name, f.text)));
    expect(template.items).toMatchObject({ grammar: 'paragraph', linkFirst: true, separator: '\n\n', byline: '\n— {author}' });
    expectKeptInBackup(template, 'byline', ['\n— author', '\n\n— {author}', '— {author}\n## Sponsored', '\n— {author}\r']);
    const learned = (entries: string) => learnTemplate(DEFAULT_TEMPLATE, [parse('w-3.md', `# W 3\n\n## News\n\n${entries}`)]).items;
    const entries = (line: (n: number) => string) => [1, 2, 3].map((n) => `**[T${n}](https://t${n}.example/p)**\n${line(n)}\n\nWords ${n}.`).join('\n\n') + '\n';
    expect(learned(entries((n) => `By Author ${n}`))).toMatchObject({ byline: '\nBy {author}' });
    expect(learned(entries((n) => `--Author ${n}`))).toMatchObject({ byline: '\n--{author}' });
    // A line under the link that goes on into the words is the words' first line, not a byline.
    expect(learned([1, 2, 3].map((n) => `**[T${n}](https://t${n}.example/p)**\n— a word on it ${n}\nand more words.`).join('\n\n') + '\n')).not.toHaveProperty('byline');
    // A list nested under a list's link holds its words.
    expect(learned('- [A](https://a.example/1)\n  - words of A\n- [B](https://b.example/2)\n  - words of B\n')).not.toHaveProperty('byline');
  });

  it('learns how one heading’s entries dress their link unlike the digest’s others (author after it, words quoted a blank line under it), kept in a backup', () => {
    const { template } = planImport(fixtureFiles('golden/past/featured-quotes'), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2024-06-01');
    // The digest's way: words run on after a dash, no author.
    expect(template.items).toMatchObject({ grammar: 'bullet', marker: '-   ', separator: ' — ' });
    expect(template.items).not.toHaveProperty('byline');
    expect(template.items).not.toHaveProperty('wordsMarker');
    const featured = template.sections.find((s) => s.name === 'Featured');
    expect(featured).toMatchObject({ separator: '\n\n', wordsMarker: '> ', byline: 'by {author}', loose: true });
    // A heading of one entry, or of entries with no words, has no way of its own to tell.
    for (const name of ['Jobs', 'In brief', 'Call for participation']) {
      const def = template.sections.find((s) => s.name === name);
      expect(def, name).not.toHaveProperty('separator');
      expect(def, name).not.toHaveProperty('wordsMarker');
      expect(def, name).not.toHaveProperty('byline');
    }
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [], items: [] }, new Date('2024-06-01T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    const index = template.sections.indexOf(featured!);
    for (const [field, bogus] of [['byline', 'by author'], ['wordsMarker', '# '], ['separator', 'x'.repeat(21)]] as const) {
      const broken = JSON.parse(JSON.stringify(backup));
      broken.template.sections[index][field] = bogus;
      expect(parseBackup(JSON.stringify(broken)).ok, field).toBe(false);
    }
  });

  it('learns a heading whose list entries are a change log’s among a digest’s headed entries (`* Fix a race ([#134101](…))`), one entry enough, and one whose are not in a change log; kept in a backup', () => {
    const issue = (n: number) => ({
      name: `2026-03-0${n}-kite.md`,
      text: `# Kite ${n}\n\n## Featured\n\n### [Parallel pulls ${n}](https://example.org/f/${n})\n\nPods start faster.\n\n### [Drains ${n}](https://example.org/d/${n})\n\nNodes drain sooner.\n\n## Merges\n\n* Fix a race in the kubelet ([#${n}01](https://github.com/kite/kite/pull/${n}01))\n\n## Updates\n\n* [kite-csi v0.${n}](https://example.org/csi/${n}) drops the sidecar\n`,
    });
    const { template } = planImport([issue(1), issue(2), issue(3)], { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-03-22');
    expect(template.items).toMatchObject({ grammar: 'heading' });
    expect(template.items).not.toHaveProperty('referenceLink');
    const def = (name: string) => template.sections.find((s) => s.name === name);
    expect(def('Merges')).toMatchObject({ marker: '* ', referenceLink: true });
    expect(def('Merges')).not.toHaveProperty('referenceAuthor');
    for (const name of ['Featured', 'Updates']) expect(def(name), name).not.toHaveProperty('referenceLink');
    const entry = (section: string, comment: string): Item => ({ id: section, section, project: null, order: 1, comment, capturedAt: '2026-03-22T00:00:00.000Z', issue: null, links: [{ url: 'https://github.com/kite/kite/pull/402', title: 'Drop the old flag by cy · Pull Request #402 · kite/kite' }] });
    expect(renderItem(entry('Merges', ''), headingFormOf(template, { section: 'Merges', project: null }))).toBe('* Drop the old flag ([#402](https://github.com/kite/kite/pull/402))');
    expect(renderItem(entry('Updates', 'words'), headingFormOf(template, { section: 'Updates', project: null }))).toBe('* [Drop the old flag by cy · Pull Request #402 · kite/kite](https://github.com/kite/kite/pull/402) words');
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [], items: [] }, new Date('2026-03-22T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    const broken = JSON.parse(JSON.stringify(backup));
    broken.template.sections[template.sections.indexOf(def('Merges')!)].referenceLink = 'yes';
    expect(parseBackup(JSON.stringify(broken)).ok).toBe(false);
    // Forgotten with the heading's other dressing.
    const plain = editTaxonomy(template, { kind: 'plain-form', section: 'Merges', project: null });
    if (typeof plain === 'string') throw new Error(plain);
    expect(plain.sections.find((s) => s.name === 'Merges')).toMatchObject({ name: 'Merges' });
    expect(plain.sections.find((s) => s.name === 'Merges')).not.toHaveProperty('referenceLink');
    // In a digest most of whose entries are a change log's, a heading of links is not one.
    const log = planImport(fixtureFiles('golden/past/merges-log'), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2025-12-09').template;
    expect(log.items).toMatchObject({ grammar: 'bullet', referenceLink: true });
    expect(log.sections.find((s) => s.name === 'Subprojects and Dependency Updates')).toMatchObject({ referenceLink: false });
    expect(log.sections.find((s) => s.name === 'Other Merges')).not.toHaveProperty('referenceLink');
  });

  it('keeps the heading of a part both newest issues write between sections, and what they write alike under it, not what changed', () => {
    const issue = (n: number, deadline: string) => ({
      name: `2026-03-0${n}-links.md`,
      text: `# Links ${n}\n\n## News\n\n- [A ${n}](https://example.org/a/${n}) - words\n\n## Release Schedule\n\n**Next Deadline: ${deadline}**\n\nSee the [calendar](https://example.org/calendar).\n\n## Tools\n\n- [T ${n}](https://example.org/t/${n})\n`,
    });
    const plan = planImport([issue(1, 'Code Freeze'), issue(2, 'Docs Freeze'), issue(3, 'Release')], { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-03-22');
    expect(plan.template.sections.map((s) => [s.name, s.after])).toEqual([
      ['News', '## Release Schedule\n\nSee the [calendar](https://example.org/calendar).'],
      ['Tools', undefined],
    ]);
  });

  it('learns a heading whose first entry stands a blank line under it where the digest’s others stand right under theirs, kept in a backup', () => {
    const { template } = planImport(fixtureFiles('golden/past/standing-parts'), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-04-22');
    expect(template.blankAfterHeading).toBe(false);
    const crate = template.sections.flatMap((s) => s.projects).find((p) => p.name === 'Crate of the Week');
    expect(crate).toMatchObject({ entriesBlank: true });
    const releases = template.sections.flatMap((s) => s.projects).find((p) => p.name === 'Releases');
    expect(releases).not.toHaveProperty('entriesBlank');
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [], items: [] }, new Date('2026-04-22T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
  });

  it('learns the phrase every entry of a heading opens with before its link, or the dash crediting every quote, in two issues or more, and writes new ones so, kept in a backup', () => {
    const { template, parsed } = planImport(fixtureFiles('golden/past/standing-parts'), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-04-22');
    const crate = template.sections.flatMap((s) => s.projects).find((p) => p.name === 'Crate of the Week');
    expect(crate).toMatchObject({ entryPhrase: "This week's crate is ", separator: ', ' });
    // Lists, and paragraphs that open otherwise from issue to issue, have none.
    expect(template.sections.flatMap((s) => [s, ...s.projects]).filter((d) => d.entryPhrase !== undefined).map((d) => d.name)).toEqual(['Crate of the Week']);
    // Quotes credited under them by a dash and a link, every one of them.
    expect(template.sections.flatMap((s) => [s, ...s.projects]).filter((d) => d.quoteCredit !== undefined).map((d) => [d.name, d.quoteCredit])).toEqual([['Quote of the Week', '– ']]);
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [], items: [] }, new Date('2026-04-22T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    const broken = JSON.parse(JSON.stringify(backup));
    broken.template.sections.find((s: { name: string | null }) => s.name === null).projects.find((p: { name: string }) => p.name === 'Crate of the Week').entryPhrase = 'two\nlines';
    expect(parseBackup(JSON.stringify(broken)).ok).toBe(false);

    const exportWith = (comment: string) =>
      exportNextIssue(
        { template, issues: parsed.map((p) => p.issue), items: [{ id: 'c', section: null, project: 'Crate of the Week', order: 1, issue: null, capturedAt: '2026-04-20T00:00:00.000Z', comment, links: [{ url: 'https://crates.example.org/ember', title: 'ember' }] }] },
        {},
        '2026-04-22',
      ).markdown;
    expect(exportWith('a crate for embers.')).toContain("## Crate of the Week\n\nThis week's crate is [ember](https://crates.example.org/ember), a crate for embers.\n");
    expect(exportWith('')).toContain("## Crate of the Week\n\nThis week's crate is [ember](https://crates.example.org/ember)\n");
    // Words that say the phrase, or hold the link, are the editor's sentence as written.
    expect(exportWith("This week's crate is ember, for embers.")).not.toContain("This week's crate is [ember]");
    expect(exportWith('Meet [ember](https://crates.example.org/ember), for embers.')).toContain('## Crate of the Week\n\nMeet [ember](https://crates.example.org/ember), for embers.');
    const quoted = (comment: string) =>
      exportNextIssue(
        { template, issues: parsed.map((p) => p.issue), items: [{ id: 'q', section: 'Quote of the Week', project: null, order: 1, issue: null, capturedAt: '2026-04-20T00:00:00.000Z', comment, links: [{ url: 'https://forum.example.org/t/43', title: 'Ana on the forum' }] }] },
        {},
        '2026-04-22',
      ).markdown;
    expect(quoted('Borrowing is\nlending, too.')).toContain('# Quote of the Week\n\n> Borrowing is\n> lending, too.\n\n– [Ana on the forum](https://forum.example.org/t/43)\n');
    // Words quoted already are credited as they are; words holding a link of their own are written as typed.
    expect(quoted('> Already quoted.')).toContain('# Quote of the Week\n\n> Already quoted.\n\n– [Ana on the forum](https://forum.example.org/t/43)\n');
    expect(quoted('As [Bo](https://forum.example.org/u/bo) said.')).not.toContain('– [Ana');
    const broken2 = JSON.parse(JSON.stringify(backup));
    broken2.template.sections.find((s: { name: string | null }) => s.name === 'Quote of the Week').quoteCredit = 'says ';
    expect(parseBackup(JSON.stringify(broken2)).ok).toBe(false);
    // Two entries saying the same (`We released [v1.107](…)`, `We released [v1.108](…)`) may do so by chance.
    const twice = planImport(fixtureFiles('golden/past/dated'), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2024-05-17').template;
    expect(twice.sections.flatMap((s) => [s, ...s.projects]).some((d) => d.entryPhrase !== undefined)).toBe(false);
    // One issue's entries do not make a phrase.
    const one = planImport(fixtureFiles('golden/past/standing-parts').slice(-1), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-04-22').template;
    expect(one.sections.flatMap((s) => [s, ...s.projects]).some((d) => d.entryPhrase !== undefined)).toBe(false);
  });

  it('learns a symbol every entry of a heading opens with before its link, and the line break after it, not a mark of words', () => {
    const issue = (n: number, open: string) => parse(`w-${n}.md`, `# W ${n}\n\n## News\n\n${['a', 'b', 'c'].map((k) => `${open}[${k} ${n * 7}](https://${k}.example/${n})  \nWords of ${k}.`).join('\n\n')}\n`);
    const news = (open: string) => learnTemplate(DEFAULT_TEMPLATE, [issue(2, open), issue(1, open)]).sections.find((s) => s.name === 'News');
    expect(news('・')).toMatchObject({ entryPhrase: '・', separator: '  \n' });
    // A symbol and a space before it marks entries as a list's bullet would (see heading markers).
    expect(news('→ ')).toMatchObject({ marker: '→ ' });
    // An opening bracket or a quote's mark is no phrase.
    expect(news('(')).not.toHaveProperty('entryPhrase');
  });

  it('learns words a blank line under the link, not from entries under headings of their own', () => {
    const learned = (entries: string) => learnTemplate(DEFAULT_TEMPLATE, [parse('w-3.md', `# W 3\n\n## News\n\n${entries}`)]).items;
    expect(learned('- [A](https://a.example/1)\n\n  > words.\n\n- [B](https://b.example/2)\n\n  > more.\n')).toMatchObject({ separator: '\n\n', wordsMarker: '> ' });
    expect(learned('- [A](https://a.example/1)\n  > words.\n- [B](https://b.example/2)\n  > more.\n')).toMatchObject({ separator: '\n', wordsMarker: '> ' });
    // A headed entry's words stand under its heading: they say nothing of the list's separator.
    const headed = '### [#1: A](https://a.example/1)\n\nWords.\n\n### [#2: B](https://b.example/2)\n\nMore.\n\n## Merges\n\n* [C](https://c.example/3) — words\n* [D](https://d.example/4)\n';
    expect(learned(headed)).toMatchObject({ separator: ' — ' });
  });

  it('learns the day a path spells with slashes (`path = "/blog/2024/11/22/…"`), so the next issue’s path has its own', () => {
    const doc = (day: string) => `+++\ndate = "2024-11-${day}"\ntitle = "This Week in Matrix 2024-11-${day}"\npath = "/blog/2024/11/${day}/this-week-in-matrix-2024-11-${day}"\n+++\n\n## Dept of Spec\n\n[Spec](https://spec.example.org/${day}) - words.\n`;
    const t = learnTemplate(DEFAULT_TEMPLATE, [parse('2024-11-22-twim.md', doc('22'))]);
    expect(t.frontMatter).toContainEqual({ key: 'path', raw: ' "/blog/{published:YYYY/MM/DD}/this-week-in-matrix-{published:YYYY-MM-DD}"', sep: ' =' });
    const next = exportNextIssue({ template: t, issues: [], items: [] }, {}, '2024-11-29');
    expect(next.markdown).toContain('path = "/blog/2024/11/29/this-week-in-matrix-2024-11-29"');
  });

  it('learns words set in a bracket after the link (`（译注：…）`, `(Note: …)`): new entries are written in it, closed; a site in brackets is no such bracket', () => {
    const doc = (n: number, lines: readonly string[]) => `# 周报 ${n} 期\n\n## 项目更新\n\n${lines.join('\n')}\n`;
    const zh = learnTemplate(DEFAULT_TEMPLATE, [
      parse('2.md', doc(2, ['* [Tokio 1.7](https://tokio.example/1-7)（译注：新增 JoinSet）', '* [Sycamore 0.4](https://sycamore.example/0-4)', '* [零成本抽象](https://example.org/zc)（译注：附有基准测试）'])),
      parse('1.md', doc(1, ['* [Buck](https://buck.example)（译注：构建系统）', '* [fcp](https://fcp.example)（译注：很快）'])),
    ]);
    expect(zh.items.separator).toBe('（译注：');
    const item = { id: 'n', section: '项目更新', project: null, order: 0, comment: '一个新的库', links: [{ url: 'https://new.example', title: 'New' }], capturedAt: '2024-01-01T00:00:00.000Z', issue: null };
    expect(renderItem(item, zh)).toBe('* [New](https://new.example)（译注：一个新的库）');
    const en = learnTemplate(DEFAULT_TEMPLATE, [parse('1.md', '# Weekly 1\n\n## News\n\n- [A](https://a.example) (Note: first)\n- [B](https://b.example) (Note: second)\n')]);
    expect(en.items.separator).toBe(' (Note: ');
    expect(renderItem({ ...item, comment: 'words' }, en)).toBe('- [New](https://new.example) (Note: words)');
    const sites = learnTemplate(DEFAULT_TEMPLATE, [parse('1.md', '# Weekly 1\n\n## News\n\n- [A](https://a.example) (a.example) - first\n- [B](https://b.example) (b.example) - second\n')]);
    expect(sites.items.separator).toBe(' - ');
  });

  it('learns a subtitle that names the month an issue covers or comes out in, and writes the next one’s', () => {
    const doc = (title: string, day: string) => `+++\ntitle = "${title}"\ndate = ${day}\n+++\n\n## Kites\n\n### [Kite](https://kite.example/${day})\n\nWords.\n`;
    // Published in the month after the one it covers (This Month in Rust GameDev).
    const covering = learnTemplate(DEFAULT_TEMPLATE, [parse('7.md', doc('This Month in Kites #7 - February 2020', '2020-03-14')), parse('6.md', doc('This Month in Kites #6 - January 2020', '2020-02-16'))]);
    expect(covering.titlePattern).toBe('This Month in Kites #{number} - {start:MMMM YYYY}');
    const issues = [parse('7.md', doc('This Month in Kites #7 - February 2020', '2020-03-14')).issue];
    expect(exportNextIssue({ template: covering, issues, items: [] }, {}, '2020-04-11').markdown).toContain('title = "This Month in Kites #8 - March 2020"');
    // Named by the month it comes out in, in Chinese too.
    const monthly = learnTemplate(DEFAULT_TEMPLATE, [parse('12.md', doc('风筝月报第 12 期：2024年3月', '2024-03-29')), parse('11.md', doc('风筝月报第 11 期：2024年2月', '2024-02-27'))]);
    expect(monthly.titlePattern).toBe('风筝月报第 {number} 期：{published:YYYY年M月}');
    // In other languages, in the case the titles write it, and with Spanish's `de`.
    const german = learnTemplate(DEFAULT_TEMPLATE, [parse('12.md', doc('Drachen-Monatsbrief #12 – März 2024', '2024-03-29')), parse('11.md', doc('Drachen-Monatsbrief #11 – Februar 2024', '2024-02-27'))]);
    expect(german.titlePattern).toBe('Drachen-Monatsbrief #{number} – {published:MMMM YYYY@de}');
    const spanish = learnTemplate(DEFAULT_TEMPLATE, [parse('12.md', doc('Cometas n.º 12: marzo de 2024', '2024-03-29')), parse('11.md', doc('Cometas n.º 11: febrero de 2024', '2024-02-27'))]);
    expect(spanish.titlePattern).toBe('Cometas n.º {number}: {published:mmmm [de] YYYY@es}');
    expect(exportNextIssue({ template: spanish, issues: [parse('12.md', doc('Cometas n.º 12: marzo de 2024', '2024-03-29')).issue], items: [] }, {}, '2024-04-26').markdown).toContain('title = "Cometas n.º 13: abril de 2024"');
    // A subtitle of words stays the editor's.
    const worded = learnTemplate(DEFAULT_TEMPLATE, [parse('7.md', doc('Kites #7 - Box kites', '2020-03-14')), parse('6.md', doc('Kites #6 - January 2020', '2020-02-16'))]);
    expect(worded.titlePattern).toBe('Kites #{number} - {subtitle}');
  });

  it('learns titles named by their month or quarter alone, no number in them, and writes the next one’s', () => {
    const doc = (title: string, day: string) => `---\ntitle: "${title}"\ndate: ${day}\n---\n\n## Kites\n\n- [Kite](https://kite.example/${day}) - words\n`;
    const learned = (titles: [string, string][]) => learnTemplate(DEFAULT_TEMPLATE, titles.map(([title, day]) => parse(`${day}-kites.md`, doc(title, day)))).titlePattern;
    // The month before the day it comes out, its name after the words or before them.
    expect(learned([['Kite Monthly: October 2026', '2026-11-01'], ['Kite Monthly: September 2026', '2026-10-01']])).toBe('Kite Monthly: {start:MMMM YYYY}');
    expect(learned([['Oct 2026 | Kite Monthly', '2026-10-30'], ['Sep 2026 | Kite Monthly', '2026-09-29']])).toBe('{published:MMM YYYY} | Kite Monthly');
    // A quarter, written before its year or after it: the year is no issue number.
    expect(learned([['Kite Quarterly — Q3 2026', '2026-10-02'], ['Kite Quarterly — Q2 2026', '2026-07-02']])).toBe('Kite Quarterly — {start:[Q]Q YYYY}');
    expect(learned([['Kite Quarterly — 2026 Q3', '2026-10-02'], ['Kite Quarterly — 2026 Q2', '2026-07-02']])).toBe('Kite Quarterly — {start:YYYY [Q]Q}');
    expect(formatPattern('Kite Quarterly — {start:[Q]Q YYYY}', { start: '2026-10-03' })).toBe('Kite Quarterly — Q4 2026');
    // Titles sharing their words and naming no month: the words, the rest each issue's own.
    expect(learned([['Kite Notes: Box kites', '2026-11-01'], ['Kite Notes: Deltas', '2026-10-01']])).toBe('Kite Notes: {subtitle}');
    // (A hyphen inside a word sets nothing apart: the words go on to the space.)
    expect(learned([['Kite-Notes Box kites', '2026-11-01'], ['Kite-Notes Deltas', '2026-10-01']])).toBe('Kite-Notes {subtitle}');
    // Titles sharing none, of issues known by their days: titled by the day, not `Issue 305` (the day of the year).
    expect(learned([['Box kites', '2026-11-01'], ['Deltas in the wind', '2026-10-01']])).toBe('{published:YYYY-MM-DD}');
  });

  it('finds the number a file name gives where titles write it with no word naming it (`Foo Weekly 12: Kites`), where two titles agree', () => {
    const doc = (title: string) => `---\ntitle: ${title}\n---\n\n## Kites\n\n- [Kite](https://kite.example) words\n`;
    const two = learnTemplate(DEFAULT_TEMPLATE, [parse('foo-weekly-12.md', doc('Foo Weekly 12: Kites and more')), parse('foo-weekly-11.md', doc('Foo Weekly 11: Strings'))]);
    expect(two.titlePattern).toBe('Foo Weekly {number}: {subtitle}');
    const padded = learnTemplate(DEFAULT_TEMPLATE, [parse('012.md', doc('风筝月报 012：春季')), parse('011.md', doc('风筝月报 011：冬季'))]);
    expect(padded.titlePattern).toBe('风筝月报 {number:3}：{subtitle}');
    // A number one title happens to hold is no pattern.
    const once = learnTemplate(DEFAULT_TEMPLATE, [parse('3.md', doc('Kites: 3 new kites')), parse('2.md', doc('Kites: some news'))]);
    expect(once.titlePattern).toBe(DEFAULT_TEMPLATE.titlePattern);
  });

  it('learns an issue number a field pads with zeros (`aliases = ["posts/newsletter-006"]`), padded again in the next issue', () => {
    const doc = (n: string) => `+++\ntitle = "This Month in Kites #${Number(n)}"\ndate = 2020-0${Number(n) - 3}-16\naliases = ["posts/newsletter-${n}"]\n+++\n\n## Kites\n\n### [Kite ${n}](https://kite.example/${n})\n\nWords.\n`;
    const past = [parse('007.md', doc('007')), parse('006.md', doc('006'))];
    const t = learnTemplate(DEFAULT_TEMPLATE, past);
    expect(t.frontMatter).toContainEqual({ key: 'aliases', raw: ' ["posts/newsletter-{number:3}"]', sep: ' =' });
    const next = exportNextIssue({ template: t, issues: past.map((p) => p.issue), items: [] }, {}, '2020-05-16');
    expect(next.markdown).toContain('aliases = ["posts/newsletter-008"]');
    // Not inside a longer run of digits: a year ending in the number is a year.
    const yearly = learnTemplate(DEFAULT_TEMPLATE, [parse('6.md', '+++\ntitle = "Kites #6"\nplace = "Lake 2006"\n+++\n\n## Kites\n\n- [K](https://k.example) words\n')]);
    expect(yearly.frontMatter).toContainEqual({ key: 'place', raw: ' "Lake 2006"', sep: ' =' });
  });

  it('learns paragraph entries whose address stands apart under their words, and writes new ones so where their words are one paragraph', () => {
    const doc = (sep: string) => `# D 3\n\n## Reads\n\n${[1, 2, 3].map((n) => `Words about read ${n}.${sep}https://r.example/${n}`).join('\n\n')}\n`;
    const apart = learnTemplate(DEFAULT_TEMPLATE, [parse('d-3.md', doc('\n\n'))]);
    expect(apart.items).toMatchObject({ grammar: 'paragraph', linksApart: true });
    expect(learnTemplate(DEFAULT_TEMPLATE, [parse('d-3.md', doc('  \n'))]).items).not.toHaveProperty('linksApart');
    const item = { id: 'n', section: 'Reads', project: null, order: 0, comment: 'New words.', links: [{ url: 'https://r.example/9', title: 'Nine' }], capturedAt: '2024-01-01T00:00:00.000Z', issue: null };
    expect(renderItem(item, apart, new Map(), 1)).toMatch(/^New words\.\n\n\S*r\.example\/9/);
    expect(renderItem({ ...item, comment: '> A quote.' }, apart, new Map(), 1)).not.toContain('\n\n');
  });

  it('learns the number a YAML comment after an unquoted title names (`title: Golang Weekly #540`), the next issue’s there', () => {
    const doc = (n: number) => `---\ntitle: Kite Weekly #${n}\n---\n\n## Kites\n\n- [Kite ${n * 3}](https://kite.example/${n * 3}) words\n`;
    const past = [parse('gw-541.md', doc(541)), parse('gw-540.md', doc(540))];
    expect(past[0]?.issue.title).toBe('Kite Weekly');
    const t = learnTemplate(DEFAULT_TEMPLATE, past);
    expect(t.frontMatter).toContainEqual({ key: 'title', raw: ' {title} #{number}' });
    expect(exportNextIssue({ template: t, issues: past.map((p) => p.issue), items: [] }, {}, '2026-12-05').markdown).toContain('title: Kite Weekly #542\n');
  });

  it('leaves empty a field each issue writes its own way, and keeps one others write alike or that advances with the issue', () => {
    const doc = (n: number, day: string, subtitle: string, description: string, authors: string) =>
      `---\nsubject: 'Notes #${n} / ${subtitle}'\npublish_date: '2025-03-${day}T13:00:00Z'\ndescription: ${description}\nauthors: ${authors}\ndomains:\n- ${subtitle.slice(0, 2).toLowerCase()}.example\nslug: notes-${n}-${subtitle.toLowerCase().replace(/\W+/g, '-')}\n---\n\n## Links\n\n### [A ${n}](https://a.example/${n})\n\nWords.\n`;
    const past = [parse('3.md', doc(3, '15', 'Gardens', 'Third.', '[ann]')), parse('2.md', doc(2, '08', 'Trains and Tea', 'Second.', '[ann, bo]')), parse('1.md', doc(1, '01', 'Rivers', 'First.', '[ann]'))];
    const t = learnTemplate(DEFAULT_TEMPLATE, past);
    expect(t.titlePattern).toBe('Notes #{number} / {subtitle}');
    expect(t.frontMatter).toEqual([
      { key: 'subject', raw: " '{title}'" },
      { key: 'publish_date', raw: " '{published:YYYY-MM-DD}T13:00:00Z'" },
      { key: 'description', raw: " ''" },
      { key: 'authors', raw: ' [ann]' },
      { key: 'domains', raw: ' []' },
      { key: 'slug', raw: ' notes-{number}-{subtitle:slug}' },
    ]);
    const next = exportNextIssue({ template: t, issues: past.map((p) => p.issue), items: [] }, { subtitle: 'More Words' }, '2025-03-22');
    expect(next.markdown).toContain("subject: 'Notes #4 / More Words'\npublish_date: '2025-03-22T13:00:00Z'\ndescription: ''\nauthors: [ann]\ndomains: []\nslug: notes-4-more-words\n");
    // Read back, the title and day come from `subject` and `publish_date`.
    const back = parse('4.md', next.markdown);
    expect([back.issue.title, back.issue.published]).toEqual(['Notes #4 / More Words', '2025-03-22']);
  });

  it.each([
    ['YAML', (n: number, tags: string) => `---\ntitle: Notes ${n}\ntags: ${tags}\n---\n\n## Links\n\n- [A ${n}](https://a.example/${n}) words\n`, ['["weekly", "rust"]', '\n  - weekly\n  - rust', '[weekly, rust]'], '[weekly, ann]'],
    ['TOML', (n: number, tags: string) => `+++\ntitle = "Notes ${n}"\ntags = ${tags}\n+++\n\n## Links\n\n- [A ${n}](https://a.example/${n}) words\n`, ['["weekly", "rust"]', '[\n  "weekly",\n  "rust",\n]', "['weekly','rust']"], '["weekly", "ann"]'],
    ['JSON', (n: number, tags: string) => `{\n  "title": "Notes ${n}",\n  "tags": ${tags}\n}\n\n## Links\n\n- [A ${n}](https://a.example/${n}) words\n`, ['["weekly", "rust"]', '[\n    "weekly",\n    "rust"\n  ]', '["weekly","rust"]'], '["weekly", "ann"]'],
  ] as const)('keeps a %s field whose value the other issues hold, however each writes it; not one of a value of its own', (_, doc, forms, other) => {
    const past = forms.map((tags, i) => parse(`${3 - i}.md`, doc(3 - i, tags)));
    const tags = (t: Template) => t.frontMatter.find((f) => f.key === 'tags')?.raw;
    // The newest issue's writing, as it stood.
    expect(tags(learnTemplate(DEFAULT_TEMPLATE, past))).toBe(` ${forms[0]}`);
    const apart = [parse('3.md', doc(3, forms[0])), ...forms.slice(1).map((_, i) => parse(`${2 - i}.md`, doc(2 - i, other)))];
    expect(tags(learnTemplate(DEFAULT_TEMPLATE, apart))).toBe(' []');
  });

  it('learns entries credited over a quote (`[Alain](…) announces` / `> words`): new ones whose page names its author are written so, others plain; kept in a backup', () => {
    const past = fixtureFiles('golden/past/credited-quotes').map((f) => parse(f.name, f.text));
    const template = learnTemplate(DEFAULT_TEMPLATE, past);
    // The credit's link is its author's: entries do not open with their page's link.
    expect(template.items).toMatchObject({ grammar: 'paragraph', credit: '{author} reports' });
    expect(template.items).not.toHaveProperty('linkFirst');
    expectKeptInBackup(template, 'credit', ['reports', '{author} reports\n## Sponsored']);
    const item = (author?: string) => ({
      id: 'n1',
      capturedAt: '2024-06-20T10:00:00Z',
      section: 'Third Party Projects',
      project: null,
      order: 1,
      issue: null,
      comment: 'Foo 2.0 is out.',
      links: [{ url: 'https://apps.example.org/foo', title: 'Foo', ...(author === undefined ? {} : { author }) }],
    });
    expect(renderItem(item('Ann [Lee]'), template)).toBe('Ann \\[Lee\\] reports\n\n> Foo 2.0 is out.  \n> [Foo](https://apps.example.org/foo)');
    expect(renderItem(item(), template)).toBe('Foo 2.0 is out.  \n[Foo](https://apps.example.org/foo)');
    // A credit no reader would take as one (a name of many words) is left out, not half-written.
    expect(renderItem(item('Jean Baptiste Marie de la Fontaine'), template)).toBe('Foo 2.0 is out.  \n[Foo](https://apps.example.org/foo)');
    // Not from a few credited entries among others.
    const few = learnTemplate(DEFAULT_TEMPLATE, [parse('w-3.md', '# W 3\n\n## News\n\nAnn says\n\n> Words.\n\n[B](https://b.example/2) - more.\n\n[C](https://c.example/3) - more.\n')]);
    expect(few.items).not.toHaveProperty('credit');
  });

  it('reads entries under headings of their own beside a section of list items, and learns that section’s bullet and tight list', () => {
    const past = fixtureFiles('golden/past/week-ending').map((f) => parse(f.name, f.text));
    expect(past.map((p) => p.grammar)).toEqual(['heading', 'heading']);
    // The news that opens each issue, a paragraph that links, is an entry too.
    expect(past[1]?.items.map((i) => i.section)).toEqual(['Developer News', 'Featured PRs', 'Featured PRs', 'Featured PRs', 'Other Merges', 'Other Merges']);
    const template = learnTemplate(DEFAULT_TEMPLATE, past);
    expect(template.items).toMatchObject({ grammar: 'heading', loose: false });
    expect(template.sections.map((s) => [s.name, s.marker, s.grammar])).toEqual([
      ['Developer News', undefined, 'paragraph'],
      ['Featured PRs', undefined, undefined],
      ['Other Merges', '* ', undefined],
    ]);
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [], items: [] }, new Date('2025-01-12T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    const broken = JSON.parse(JSON.stringify(backup));
    broken.template.sections[2].marker = '** ';
    expect(parseBackup(JSON.stringify(broken)).ok).toBe(false);
  });

  it('learns the words a heading opens with in both newest issues (not one issue’s own, not a table’s header), kept in a backup', () => {
    const past = fixtureFiles('golden/past/numbered-inline').map((f) => parse(f.name, f.text));
    const template = learnTemplate(DEFAULT_TEMPLATE, past);
    expect(template.sections.find((s) => s.name === '内容')?.intro).toBe('> **以下为本期内容**｜每个月 **28** 号发布最新一期');
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [], items: [] }, new Date('2025-01-12T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    const own = past.map((p, i) => parse(p.issue.fileName ?? '', (fixtureFiles('golden/past/numbered-inline')[i]?.text ?? '').replace('以下为本期内容', `第 ${i} 期的内容`)));
    expect(learnTemplate(DEFAULT_TEMPLATE, own).sections.find((s) => s.name === '内容')).not.toHaveProperty('intro');
    const tables = fixtureFiles('golden/past/tables').map((f) => parse(f.name, f.text));
    expect(learnTemplate(DEFAULT_TEMPLATE, tables).sections.every((s) => s.intro === undefined || !s.intro.includes('|'))).toBe(true);
  });

  it('learns the words a heading closes with after its entries in both newest issues, but not the issue’s own ending, and writes them after new entries', () => {
    const issue = (n: number, news: string) =>
      parse(`w-${n}.md`, `# W ${n}\n\n## News\n\n- [${news}](https://example.org/${n}) - words.\n\n<Subscribe />\n\n---\n\n## Tools\n\n- [Tool ${n}](https://example.org/t${n}) - words.\n\nSee you on the ${WEEK_WORDS[n]} day.\n`);
    const template = learnTemplate(DEFAULT_TEMPLATE, [issue(2, 'Two'), issue(1, 'One')]);
    expect(template.sections.map((s) => [s.name, s.outro])).toEqual([
      ['News', '<Subscribe />\n\n---'],
      ['Tools', undefined],
    ]);
    const items = [
      { id: 'a', section: 'News', project: null, comment: 'Fresh.', links: [{ url: 'https://example.org/a', title: 'A' }], capturedAt: '2024-01-01T00:00:00.000Z', order: 1, issue: null },
      { id: 'b', section: 'Tools', project: null, comment: '', links: [{ url: 'https://example.org/b', title: 'B' }], capturedAt: '2024-01-01T00:00:00.000Z', order: 2, issue: null },
    ];
    const markdown = exportNextIssue({ template, issues: [], items }, {}, '2024-01-08').markdown;
    expect(markdown).toContain('## News\n\n- [A](https://example.org/a) - Fresh.\n\n<Subscribe />\n\n---\n\n## Tools\n\n- [B](https://example.org/b)\n');
    expect(markdown).not.toContain('See you on');
  });

  it('learns the ending both newest issues close with after their entries, and writes it after the next issue’s entries: not what changes, not a heading entries go under', () => {
    const issue = (n: number, quoteFiled = false) =>
      parse(
        `w-${n}.md`,
        `# W ${n}\n\n## News\n\n- [News ${n}](https://example.org/${n}) - words.\n- [More ${n}](https://example.org/m${n}) - words.\n- [Last ${n}](https://example.org/l${n})\n\n## Quote\n\n${quoteFiled ? `- [Quote ${n}](https://example.org/q${n}) - said.` : `> Quote ${WEEK_WORDS[n]}.`}\n\n---\n\n*Edited by Ann.*\n\n<small>[Discuss](https://forum.example/${WEEK_WORDS[n]})</small>\n`,
      );
    const template = learnTemplate(DEFAULT_TEMPLATE, [issue(2), issue(1)]);
    expect(template.closing).toBe('## Quote\n\n---\n\n*Edited by Ann.*');
    // Where entries were filed under `## Quote`, the next issue writes that heading itself.
    expect(learnTemplate(DEFAULT_TEMPLATE, [issue(3), issue(2, true), issue(1)]).closing).toBe('---\n\n*Edited by Ann.*');
    expect(learnTemplate(DEFAULT_TEMPLATE, [issue(1)]).closing).toBeUndefined();
    const item = { id: 'a', section: 'News', project: null, comment: 'Fresh.', links: [{ url: 'https://example.org/a', title: 'A' }], capturedAt: '2024-01-01T00:00:00.000Z', order: 1, issue: null };
    const exported = exportNextIssue({ template, issues: [], items: [item] }, {}, '2024-01-08');
    expect(exported.markdown).toMatch(/## News\n\n- \[A\]\(https:\/\/example\.org\/a\) - Fresh\.\n\n## Quote\n\n---\n\n\*Edited by Ann\.\*\n$/);
    expect(exportNextIssue({ template, issues: [], items: [] }, {}, '2024-01-08').markdown).toMatch(/\n\n## Quote\n\n---\n\n\*Edited by Ann\.\*\n$/);
    // Published, the issue keeps its ending after its entries, in a backup too.
    const published = { ...item, issue: exported.issue.key };
    expect(exportPublished({ template: { ...template, closing: '' }, issues: [exported.issue], items: [published] }, exported.issue.key)?.markdown).toBe(exported.markdown);
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [exported.issue], items: [published] }, new Date('2025-01-12T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
  });

  it('keeps the newest issue’s sign-off where the one before it names someone else, for the editor to change; not longer words so', () => {
    const issue = (n: number, editor: string) =>
      parse(`s-${n}.md`, `# S ${n}\n\n## News\n\n- [A ${WEEK_WORDS[n]}](https://example.org/a${n})\n- [B ${WEEK_WORDS[n]}](https://example.org/b${n})\n\n--\n\nFrom the kite desk ${editor}\n\nThis week we read about wind and sails, thanks ${editor}\n`);
    expect(learnTemplate(DEFAULT_TEMPLATE, [issue(2, 'Bo'), issue(1, 'Ann')]).closing).toBe('--\n\nFrom the kite desk Bo');
    const italic = (n: number, editor: string) =>
      parse(`i-${n}.md`, `# I ${n}\n\n## News\n\n- [A ${WEEK_WORDS[n]}](https://example.org/a${n})\n- [B ${WEEK_WORDS[n]}](https://example.org/b${n})\n- [C ${WEEK_WORDS[n]}](https://example.org/c${n})\n\n## Ending\n\n*Edited by ${editor}.*\n\n> Quote by ${editor}.\n\nSee you on the ${WEEK_WORDS[n]} day.\n`);
    expect(learnTemplate(DEFAULT_TEMPLATE, [italic(2, 'Bo'), italic(1, 'Ann')]).closing).toBe('## Ending\n\n*Edited by Bo.*');
  });

  it('learns what both newest issues open with before their entries, standing headings with it, but not one issue’s own words', () => {
    const issue = (n: number) =>
      parse(`o-${n}.md`, `# O ${n}\n\n> Motto.\n\n![cover](https://example.org/c-${WEEK_WORDS[n]}.png)\n\n## About\n\nWe share links.\n\n## Essay of week ${n}\n\nThoughts ${WEEK_WORDS[n]}.\n\n## Notes\n\nThis week ${WEEK_WORDS[n]}.\n\n## News\n\n- [A ${n}](https://example.org/a${n})\n- [B ${n}](https://example.org/b${n})\n- [C ${n}](https://example.org/c${n})\n`);
    expect(learnTemplate(DEFAULT_TEMPLATE, [issue(2), issue(1)]).preamble).toBe('> Motto.\n\n## About\n\nWe share links.\n\n## Notes');
    expect(learnTemplate({ ...DEFAULT_TEMPLATE, preamble: 'Kept.' }, [issue(1)]).preamble).toBe('Kept.');
    // The issue's own intro comes after the standing lines, before the standing sections; never inside a fence.
    const template = learnTemplate(DEFAULT_TEMPLATE, [issue(2), issue(1)]);
    const draft = (preamble: string) => exportNextIssue({ template: { ...template, preamble }, issues: [], items: [] }, { intro: 'Hello, week 3.' }, '2024-01-08').markdown;
    expect(draft(template.preamble)).toContain('> Motto.\n\nHello, week 3.\n\n## About\n\nWe share links.\n\n## Notes');
    expect(draft('```sh\n# not a heading\n```\n\nWords.')).toContain('```sh\n# not a heading\n```\n\nWords.\n\nHello, week 3.');
    // An underlined (Setext) heading is a standing section as much as one with `#`s.
    expect(draft('> Motto.\n\nAbout us\n--------\n\nWe share links.')).toContain('> Motto.\n\nHello, week 3.\n\nAbout us\n--------');
  });

  it('keeps a group’s closing words block by block, and leaves the last group’s to it, not to the issue’s ending', () => {
    const issue = (n: number) =>
      parse(
        `e-${n}.md`,
        `# E ${n}\n\n## News\n\n- [A ${n}](https://example.org/a${n})\n- [B ${n}](https://example.org/b${n})\n\n[Top](#top)\n\nNews of the ${WEEK_WORDS[n]} week.\n\n## Events\n\n- [Meetup ${n}](https://example.org/m${n})\n- [Talk ${n}](https://example.org/t${n})\n\nAdd your event to the calendar.\n\n## Jobs\n\nSee the hiring thread.\n\nThat's all for the ${WEEK_WORDS[n]} week.\n`,
      );
    const template = learnTemplate(DEFAULT_TEMPLATE, [issue(2), issue(1)]);
    expect(template.sections.map((s) => [s.name, s.outro])).toEqual([
      ['News', '[Top](#top)'],
      ['Events', 'Add your event to the calendar.'],
    ]);
    expect(template.closing).toBe('## Jobs\n\nSee the hiring thread.');
    const item = { id: 'a', section: 'News', project: null, comment: '', links: [{ url: 'https://example.org/new', title: 'New' }], capturedAt: '2024-01-01T00:00:00.000Z', order: 1, issue: null };
    const markdown = exportNextIssue({ template, issues: [], items: [item] }, {}, '2024-01-08').markdown;
    expect(markdown).toContain('- [New](https://example.org/new)\n\n[Top](#top)\n\n## Jobs\n\nSee the hiring thread.\n');
    expect(markdown).not.toContain('calendar');
  });

  it('leaves a line in emphasis that every entry under the heading ends with to the last entry, however often it recurs', () => {
    const review = (name: string, tag: string) => `### [${name}](https://${name.toLowerCase()}.example)\n\n${name} does ${name.length} things.\n\n*${tag}.*`;
    const issue = (n: number, a: string, b: string) => ({ name: `r-${n}.md`, text: `# R ${n}\n\n## Tools\n\n${review(a, 'Open source')}\n\n${review(b, 'Proprietary')}\n\n${review(a + 'x', 'Open source')}\n\n${review(b + 'y', 'Proprietary')}\n\n## Jobs\n\nSee the board.\n` });
    const state = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
    const plan = planImport([issue(2, 'Zed', 'Neon'), issue(1, 'Atuin', 'Turso')], state, '2026-03-22');
    expect(plan.parsed.flatMap((p) => p.items).filter((i) => i.links[0]?.url === 'https://neony.example').map((i) => i.comment)).toEqual([expect.stringMatching(/\*Proprietary\.\*$/)]);
    expect(plan.template.sections.find((s) => s.name === 'Tools')).not.toHaveProperty('outro');
    // A line in emphasis after entries that end otherwise still closes the group.
    const list = (n: number) => ({ name: `l-${n}.md`, text: `# L ${n}\n\n## News\n\n- [A ${WEEK_WORDS[n]}](https://example.org/a${n})\n- [B ${WEEK_WORDS[n]}](https://example.org/b${n})\n\n*More next week.*\n\n## Jobs\n\nSee the board.\n` });
    expect(planImport([list(2), list(1)], state, '2026-03-22').template.sections.find((s) => s.name === 'News')).toMatchObject({ outro: '*More next week.*' });
  });

  it('writes a group’s standing closing line once where the issue’s ending opens with it', () => {
    const past = fixtureFiles('golden/past/numbered-inline').map((f) => parse(f.name, f.text));
    const template = learnTemplate(DEFAULT_TEMPLATE, past);
    const back = '<p align="center"><a href="#目录">🔙 返回目录 🔙</a></p><br>';
    expect(template.closing).toBe(back);
    const item = { id: 'a', section: '内容', project: 'Go 项目', comment: '框架', links: [{ url: 'https://example.org/a', title: 'a' }], capturedAt: '2024-01-01T00:00:00.000Z', order: 1, issue: null };
    const markdown = exportNextIssue({ template, issues: [], items: [item] }, {}, '2024-01-28').markdown;
    expect(markdown.split(back)).toHaveLength(2);
    // (Its page linked through the digest's redirect, as its entries' are.)
    expect(markdown.endsWith(`1、[a](https://example.org/click/?target=https://example.org/a)：框架\n\n${back}\n`)).toBe(true);
  });

  it('learns nothing from nothing', () => {
    expect(learnTemplate(DEFAULT_TEMPLATE, [])).toBe(DEFAULT_TEMPLATE);
  });
});

describe.skipIf(!corpusAvailable)('learnTemplate over the shared corpus', () => {
  const parsed = corpusFiles().map((f) => parse(f.name, f.text));
  const t = learnTemplate(DEFAULT_TEMPLATE, parsed);

  it('knows OpenStack’s issues and takes its preset', () => {
    expect(t.preset).toBe('openstack');
    expect(t.learnedFrom).toBe('17');
    expect(t.titlePattern).toBe('OpenStack社区动态第{number:zh}期({start:MMDD}-{end:MMDD})');
    expect(t.fileNamePattern).toBe('{published:YYYY-MM-DD}-openstack-activity-{start:MMDD}-{end:MMDD}.md');
    expect(t.dateLeadIn).toBe('{date:YYYY.M.D}，');
    expect(t.linkStyle).toBe('angle');
    expect(t.items.grammar).toBe('paragraph');
    expect([t.blankAfterHeading, t.blankBetweenHeadings]).toEqual([false, false]);
  });

  it('learns the sections and projects, with the typo as an alias', () => {
    expect(t.sections.map((s) => s.name)).toEqual(['业界动态', '社区跟踪']);
    const projects = t.sections[1]!.projects;
    const inIssue17 = ['Common', 'Nova', 'Neutron', 'Keystone', 'Ceilometer'];
    expect(projects.map((p) => p.name).filter((n) => inIssue17.includes(n))).toEqual(inIssue17);
    expect(projects[0]!.name).toBe('Common');
    expect(projects.find((p) => p.name === 'Tempest')!.aliases).toEqual(['Tempst']);
    for (const name of ['Heat', 'Cinder', 'Horizon', 'Sahara']) expect(projects.map((p) => p.name)).toContain(name);
  });
});

describe.skipIf(!otherDigestsAvailable)('learning digests that are not OpenStack’s', () => {
  const learn = (digest: (typeof DIGESTS)[number]) => planImport(digestFiles(digest), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-12-01').template;

  it('leaks nothing of OpenStack into them', () => {
    for (const digest of DIGESTS.filter((d) => d !== 'openstack-digest')) {
      const t = learn(digest);
      expect(t.preset, digest).toBeUndefined();
      const names = t.sections.flatMap((s) => [s.name, ...s.projects.map((p) => p.name)]);
      for (const openstack of ['业界动态', '社区跟踪', 'Nova', 'Common']) expect(names, digest).not.toContain(openstack);
      expect(t.fileNamePattern, digest).not.toContain('openstack');
    }
  });

  it('learns 科技爱好者周刊’s pictures under the link, and its parts that show none; the others show none', () => {
    const ruanyf = learn('ruanyf-weekly');
    expect(ruanyf.items.picture).toEqual({ at: 'under', linked: false, titled: false });
    const none = ruanyf.sections.filter((s) => s.picture === 'none').map((s) => s.name);
    expect(none).toEqual(expect.arrayContaining(['言论', '文摘']));
    expect(none).not.toContain('工具');
    for (const digest of DIGESTS.filter((d) => d !== 'ruanyf-weekly')) expect(asksPicture(learn(digest)), digest).toBe(false);
  });

  it('keeps an issue’s own headings (its essay and the headings in it) out of the taxonomy', () => {
    const names = learn('ruanyf-weekly').sections.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['科技动态', '文章', '工具', '资源', '言论']));
    for (const own of ['国家为什么需要开源软件？', '中国 AI 大厂访问记', '1、算力的差距', '封面图']) expect(names).not.toContain(own);
  });

  it('learns each digest’s own way of writing an entry and its metadata', () => {
    expect(learn('this-week-in-rust')).toMatchObject({ head: 'header', items: { grammar: 'bullet', marker: '* ' }, titlePattern: 'This Week in Rust {number}' });
    expect(learn('ruanyf-weekly')).toMatchObject({ head: 'heading', items: { grammar: 'numbered', marker: '1、' }, titlePattern: '科技爱好者周刊（第 {number} 期）：{subtitle}', fileNamePattern: 'issue-{number}.md' });
    expect(learn('r-weekly')).toMatchObject({ head: 'yaml', items: { grammar: 'bullet', marker: '+ ' }, titlePattern: 'R Weekly {year}-W{number:2} {subtitle}' });
    const react = learn('this-week-in-react');
    expect(react).toMatchObject({ head: 'yaml', items: { grammar: 'bullet', marker: '- ' }, titlePattern: 'This Week In React #{number}: {subtitle}', fileNamePattern: '{number}.mdx' });
    expect(react.frontMatter).toEqual([
      { key: 'slug', raw: ' /{number}' },
      { key: 'title', raw: ' "{title}"' },
      { key: 'authors', raw: ' [slorber, janjaworski]' },
      { key: 'date', raw: ' {published:MM-DD-YYYY}' },
    ]);
    // Emoji and all, as the newest issue writes its sections; older spellings are aliases.
    // Its 2022 issues' job ads, a title that links and the words under it, under "🧑‍💻 Jobs".
    expect(react.sections.map((s) => s.name)).toEqual(['⚛️ React', '📱 React-Native', '🧑‍💻 Jobs', '🔀 Other']);
    expect(react.sections[0]!.heading).toBe('## ⚛️ React {#react}');
  });
});

describe('standing words whose days move with the issue', () => {
  const issue = (day: string, n: number, line: string, note = 'Please add your event to the [calendar].') =>
    parse(
      `${day}-this-week-in-rust-${n}.md`,
      [
        `---\ntitle: This Week in Rust ${n}\nnumber: ${n}\ndate: ${day}\n---`,
        `## Updates from Rust Community\n* [Post ${n}](https://example.org/post-${n})\n* [Another post ${n}](https://example.org/other-${n})`,
        `## Upcoming Events`,
        line,
        `### Virtual\n* ${day} | Virtual | [Rust Berlin](https://example.org/berlin-${n})\n* ${day} | Virtual | [Rust Girona](https://example.org/girona-${n})`,
        note,
        `[calendar]: https://calendar.example.org/rust`,
        `## Jobs\n\nPlease see the latest [Who's Hiring thread](https://example.org/jobs).\n`,
      ].join('\n\n'),
    );
  const events = (template: Template) => template.sections.find((s) => s.name === 'Upcoming Events');

  it('keeps a line whose days moved as far as the issues’ days did, written for the next issue’s day, set off as it was', () => {
    const template = learnTemplate(DEFAULT_TEMPLATE, [issue('2026-08-12', 664, 'Rusty Events between 2026-08-12 - 2026-09-09 🦀'), issue('2026-08-19', 665, 'Rusty Events between 2026-08-19 - 2026-09-16 🦀')]);
    expect(events(template)).toMatchObject({ intro: 'Rusty Events between 2026-08-19 - 2026-09-16 🦀', daysWrittenFor: '2026-08-19', introBlank: true });
    const { markdown } = exportNextIssue({ template, issues: [], items: [{ id: 'a', section: 'Upcoming Events', project: 'Virtual', comment: '', links: [{ url: 'https://example.org/new', title: 'New meetup' }], capturedAt: '2026-08-24T00:00:00Z', order: 0, issue: null }] }, {}, '2026-08-26');
    expect(markdown).toContain('## Upcoming Events\n\nRusty Events between 2026-08-26 - 2026-09-23 🦀\n\n### Virtual');
  });

  it('moves days written with their month’s name, or in Chinese, as they are written', () => {
    const named = learnTemplate(DEFAULT_TEMPLATE, [issue('2026-08-12', 664, 'Events from Aug 12, 2026 to Sep 9, 2026'), issue('2026-08-19', 665, 'Events from Aug 19, 2026 to Sep 16, 2026')]);
    expect(events(named)).toMatchObject({ intro: 'Events from Aug 19, 2026 to Sep 16, 2026', daysWrittenFor: '2026-08-19' });
    const next = (template: Template) => exportNextIssue({ template, issues: [], items: [{ id: 'a', section: 'Upcoming Events', project: 'Virtual', comment: '', links: [{ url: 'https://example.org/new', title: 'New meetup' }], capturedAt: '2026-08-24T00:00:00Z', order: 0, issue: null }] }, {}, '2026-08-26').markdown;
    expect(next(named)).toContain('Events from Aug 26, 2026 to Sep 23, 2026');
    const chinese = learnTemplate(DEFAULT_TEMPLATE, [issue('2026-08-12', 664, '活动：2026年8月12日至2026年9月9日'), issue('2026-08-19', 665, '活动：2026年8月19日至2026年9月16日')]);
    expect(next(chinese)).toContain('活动：2026年8月26日至2026年9月23日');
  });

  it('drops a line whose days moved otherwise, or where a day in the words kept stayed put', () => {
    const otherwise = learnTemplate(DEFAULT_TEMPLATE, [issue('2026-08-12', 664, 'Rusty Events between 2026-08-12 - 2026-09-09'), issue('2026-08-19', 665, 'Rusty Events between 2026-08-19 - 2026-09-30')]);
    expect(events(otherwise)?.intro).toBeUndefined();
    const stayed = learnTemplate(DEFAULT_TEMPLATE, [
      issue('2026-08-12', 664, 'Rusty Events between 2026-08-12 - 2026-09-09\n\nListed since 2015-05-15.'),
      issue('2026-08-19', 665, 'Rusty Events between 2026-08-19 - 2026-09-16\n\nListed since 2015-05-15.'),
    ]);
    expect(events(stayed)?.intro).toBe('Listed since 2015-05-15.');
    expect(events(stayed)?.daysWrittenFor).toBeUndefined();
  });
});

describe('standing words naming the issue’s day in figures', () => {
  const issue = (day: string, n: number, written: string) =>
    parse(`${day}-${n}.md`, `---\ntitle: Kite Notes ${n}\ndate: ${day}\n---\n\nKite Notes ${n}, out ${written}.\n\n## Articles\n\n- [Post ${n}](https://example.org/post-${n}) — words\n- [Another ${n}](https://example.org/other-${n}) — words\n`);

  it('keeps the form the issue whose day tells writes, newest or not: a day of two figures reads the same padded or not', () => {
    // The 14th tells nothing; the 7th says the days are not padded.
    expect(learnTemplate(DEFAULT_TEMPLATE, [issue('2026-11-07', 11, '2026/11/7'), issue('2026-11-14', 12, '2026/11/14')]).preamble).toBe('Kite Notes {number}, out {published:YYYY/M/D}.');
    expect(learnTemplate(DEFAULT_TEMPLATE, [issue('2026-11-14', 12, '2026/11/14'), issue('2026-11-21', 13, '2026/11/21'), issue('2026-12-05', 14, '2026/12/5')]).preamble).toBe('Kite Notes {number}, out {published:YYYY/M/D}.');
    expect(learnTemplate(DEFAULT_TEMPLATE, [issue('2026-11-07', 11, '11/07/2026'), issue('2026-11-14', 12, '11/14/2026')]).preamble).toBe('Kite Notes {number}, out {published:MM/DD/YYYY}.');
  });

  it('keeps none where the two issues pad their days otherwise', () => {
    expect(learnTemplate(DEFAULT_TEMPLATE, [issue('2026-11-07', 11, '2026/11/7'), issue('2026-12-05', 12, '2026/12/05')]).preamble ?? '').toBe('');
  });
});

describe('a digest none of whose entries could be read', () => {
  // Entries as embeds naming their page by an id, one a line: no reader here knows them.
  const card = (url: string) => `<YouTube id="${url.replace(/\W/g, '')}" title="T" />`;
  const issue = (n: number, headings: string[]) => `---\ntitle: Weekly ${n}\n---\n\n# Weekly ${n}\n\n${headings.map((h, i) => `## ${h}\n\n${card(`https://x.example/${n}/${i}`)}`).join('\n\n')}\n`;
  const names = (t: Template) => t.sections.map((s) => s.name);

  it('files new entries under the headings its issues share (all of a lone issue’s), not under its title heading', () => {
    const two = [parse('weekly-2.md', issue(2, ['News', 'Tools', 'Jobs'])), parse('weekly-1.md', issue(1, ['News', 'Tools']))];
    expect(two.map((p) => p.items.length)).toEqual([0, 0]);
    expect(names(learnTemplate(DEFAULT_TEMPLATE, two))).toEqual(['News', 'Tools']);
    expect(names(learnTemplate(DEFAULT_TEMPLATE, two.slice(0, 1)))).toEqual(['News', 'Tools', 'Jobs']);
  });

  it('learns headings from the entries where any was read', () => {
    const read = parse('weekly-3.md', `---\ntitle: Weekly 3\n---\n\n## News\n\n- [A](https://a.example) — words.\n\n## Tools\n\n${card('https://x.example/t')}\n`);
    expect(read.items).toHaveLength(1);
    expect(names(learnTemplate(DEFAULT_TEMPLATE, [read, parse('weekly-1.md', issue(1, ['News', 'Tools']))]))).toEqual(['News']);
  });
});

describe('metadata lines with no key', () => {
  it('keeps the blank lines between fields (a TOML table set apart), not those at either end', () => {
    const issue = (n: number) => `+++\n\ntitle = "Weekly #${n}"\ndate = 2024-10-0${n}\n\n[extra]\nissue = ${n}\n\n+++\n\n## News\n\n- [A](https://a.example/${n}) — words.\n`;
    const template = learnTemplate(DEFAULT_TEMPLATE, [parse('2024-10-02-weekly.md', issue(2)), parse('2024-10-01-weekly.md', issue(1))]);
    expect(template.frontMatter.map((f) => f.key || f.raw)).toEqual(['title', 'date', '', '[extra]', 'issue']);
  });
});

describe('metadata fields counting with the number', () => {
  const field = (raw: string) => ({ key: 'weight', raw });
  it('counts down where every issue’s figure and number make one sum, on where they keep one distance', () => {
    const down = [{ number: 43, value: '957' }, { number: 42, value: '958' }, { number: 41, value: '959' }];
    expect(countedField(field(' 957'), down)).toBe(' {number:1000-}');
    const up = [{ number: 43, value: '143' }, { number: 42, value: '142' }];
    expect(countedField(field(' 143'), up)).toBe(' {number:+100}');
  });

  it('tells no count from one issue, from figures that disagree, from words, or from one value each time', () => {
    expect(countedField(field(' 957'), [{ number: 43, value: '957' }])).toBeUndefined();
    expect(countedField(field(' 957'), [{ number: 43, value: '957' }, { number: 42, value: '960' }])).toBeUndefined();
    expect(countedField(field(' 10'), [{ number: 43, value: '10' }, { number: 42, value: '10' }])).toBeUndefined();
    expect(countedField(field(' "957"'), [{ number: 43, value: '957' }, { number: 42, value: '958' }])).toBeUndefined();
    expect(countedField(field(' 957'), [{ number: 43, value: '957' }, { number: 42, value: 'soon' }])).toBeUndefined();
  });
});
