import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../../src/core/model/issue.ts';
import { makeIssue } from '../../../helpers/builders.ts';
import { exportNextIssue, exportPublished } from '../../../../src/core/issue/issue-export.ts';
import { dayHeadingsOf } from '../../../../src/core/template/day-headings.ts';
import type { Item } from '../../../../src/core/model/item.ts';
import { pageKey } from '../../../helpers/round-trip.ts';
import { DEFAULT_TEMPLATE, type Preset, type Template } from '../../../../src/core/model/template.ts';
import type { DigestContent } from '../../../../src/core/model/digest-state.ts';
import { reviseItem } from '../../../../src/core/model/item.ts';
import { applyImport, planImport } from '../../../../src/core/issue/issue-import.ts';
import type { OpenIssueSettings } from '../../../../src/core/schedule/next-issue.ts';
import { OPENSTACK_PRESET } from '../../../../src/core/template/presets.ts';
import { FIXTURES_DIR, fixtureFiles } from '../../../helpers/corpus.ts';

/**
 * Golden files: each `test/fixtures/golden/NAME.json` (past issues and queued items in, frozen
 * clock) must export as `NAME.md`. `UPDATE_GOLDEN=1 npm run test:unit` rewrites the expected
 * files; review the diff.
 */
interface GoldenCase {
  description: string;
  today: string;
  preset?: Preset;
  template?: Partial<Template>;
  /** Folders under `golden/past/` whose issues are imported first, the template learned from them. */
  past?: string[];
  /** Issues known by number only (the one before a draft). */
  issues?: (Partial<Issue> & { number: number })[];
  /** Changes to imported items, as the editor makes them. */
  edits?: { id: string; set: Partial<Pick<Item, 'section' | 'project' | 'comment' | 'links'>> }[];
  openIssue?: OpenIssueSettings;
  /** Export this published issue rather than the next. */
  exportIssue?: string;
  /** The file name the export is saved as, where the case is about it. */
  fileName?: string;
  items: Omit<Item, 'capturedAt' | 'issue'>[];
}

function stateOf(golden: GoldenCase): DigestContent {
  const base = golden.preset === 'openstack' ? OPENSTACK_PRESET : DEFAULT_TEMPLATE;
  let state: DigestContent = { template: { ...base, ...golden.template }, issues: (golden.issues ?? []).map(makeIssue), items: [] };
  for (const folder of golden.past ?? []) {
    const plan = planImport(fixtureFiles(`golden/past/${folder}`, /\.(md|markdown|mdx)$/), state, golden.today);
    expect(plan.failures).toEqual([]);
    state = applyImport(state, plan);
  }
  const items = state.items.map((item) => {
    const edit = golden.edits?.find((e) => e.id === item.id);
    return edit ? reviseItem(item, edit.set) : item;
  });
  const queued = golden.items.map((i): Item => ({ capturedAt: '2014-07-21T08:00:00.000Z', issue: null, ...i }));
  return { ...state, items: [...items, ...queued] };
}

const cases = fixtureFiles('golden', '.json').map((f) => [f.name.replace(/\.json$/, ''), JSON.parse(f.text) as GoldenCase] as const);

describe('golden exports', () => {
  it.each(cases)('%s', (name, golden) => {
    const state = stateOf(golden);
    const exported = golden.exportIssue === undefined ? exportNextIssue(state, golden.openIssue ?? {}, golden.today) : exportPublished(state, golden.exportIssue);
    if (!exported) throw new Error(`issue ${golden.exportIssue} missing`);
    const expectedPath = join(FIXTURES_DIR, 'golden', `${name}.md`);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, exported.markdown);
    expect(exported.markdown).toBe(readFileSync(expectedPath, 'utf8'));
    if (golden.fileName !== undefined) expect(exported.issue.fileName).toBe(golden.fileName);

    // The export is an issue of the digest again: same key, same items in the same groups, every
    // link recoverable, read as an import reads it beside the digest's other issues (its
    // sections and projects come back, its standing lines are its own).
    const plan = planImport([{ name: exported.issue.fileName ?? 'next.md', text: exported.markdown }], state, golden.today);
    expect(plan.failures).toEqual([]);
    const reimported = { value: plan.parsed[0] as NonNullable<(typeof plan.parsed)[0]> };
    expect(reimported.value.issue.key).toBe(exported.issue.key);
    expect(reimported.value.issue.title).toBe(exported.issue.title);
    // Its metadata read back as the kind it was written as (a field left empty for the editor included).
    expect(reimported.value.issue.head.kind).toBe(exported.issue.head.kind);
    const groups = (items: readonly Item[]) => items.map((i) => `${i.section}/${i.project}`).sort();
    // Under day headings, an entry filed under none is read back under its day's.
    const days = dayHeadingsOf(reimported.value.issue)?.sections ?? new Set<string>();
    const undated = reimported.value.items.map((i) => (i.section !== null && days.has(i.section) ? { ...i, section: null } : i));
    expect(groups(undated)).toEqual(groups(exported.items));
    const reimportedUrls = reimported.value.items.flatMap((i) => i.links.map((l) => pageKey(l.url)));
    for (const link of exported.items.flatMap((i) => i.links)) expect(reimportedUrls).toContain(pageKey(link.url));
  });
});

describe('line breaks as the digest writes them', () => {
  it('writes a published issue of Windows line breaks back byte for byte, and the next issue with them too', () => {
    const name = '2015-04-01-crlf-and-trailing-spaces.md';
    const text = readFileSync(join(FIXTURES_DIR, 'issues', name), 'utf8');
    const empty = { template: OPENSTACK_PRESET, issues: [], items: [] };
    const state = applyImport(empty, planImport([{ name, text }], empty, '2015-04-02'));
    expect(state.issues[0]?.lineBreak).toBe('\r\n');
    expect(exportPublished(state, state.issues[0]!.key)?.markdown).toBe(text);
    const item: Item = { id: 'q', section: '社区跟踪', project: 'Nova', order: 1, comment: 'Multi-line\nwords.', links: [{ url: 'https://example.org/q', title: 'Q' }], capturedAt: '2015-04-03T08:00:00.000Z', issue: null };
    const next = exportNextIssue({ ...state, items: [...state.items, item] }, {}, '2015-04-08').markdown;
    expect(next).toContain('\r\n');
    expect(next.replace(/\r\n/g, '')).not.toContain('\n');
    // One with Unix line breaks after it: the next issue is written with those.
    const unix = text.replace(/\r\n/g, '\n').replace('第二十五期(0320-0401)', '第二十六期(0402-0408)');
    const later = applyImport(state, planImport([{ name: name.replace('04-01', '04-08'), text: unix }], state, '2015-04-09'));
    expect(exportNextIssue(later, {}, '2015-04-15').markdown).not.toContain('\r');
  });
});

describe('the gap under the head, as the digest leaves it', () => {
  const issue = (n: number, gap: string) => ({ name: `weekly-${n}.md`, text: `# Kite Weekly ${n}${gap}> The wind decides.\n\n## Tools\n\n- [Tool ${n}](https://example.com/t${n}) - words\n` });
  const next = (files: { name: string; text: string }[]) => {
    const empty = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
    return exportNextIssue(applyImport(empty, planImport(files, empty, '2026-12-01')), {}, '2026-12-02').markdown;
  };

  it('starts the next issue’s body right under its title where most issues do, and a blank line down where most do', () => {
    expect(next([issue(1, '\n'), issue(2, '\n'), issue(3, '\n\n')])).toMatch(/^# Kite Weekly 4\n> The wind decides\.\n/);
    expect(next([issue(1, '\n\n'), issue(2, '\n\n'), issue(3, '\n')])).toMatch(/^# Kite Weekly 4\n\n> The wind decides\.\n/);
  });

  it('goes by the newest issue where as many issues do each', () => {
    expect(next([issue(1, '\n\n'), issue(2, '\n')])).toMatch(/^# Kite Weekly 3\n> /);
    expect(next([issue(1, '\n'), issue(2, '\n\n')])).toMatch(/^# Kite Weekly 3\n\n> /);
  });
});

describe('issues kept as page bundles', () => {
  it('names an issue by its folder where its file is a bundle’s index, and writes the next into a folder of its own', () => {
    const issue = (n: number) => ({ name: `content/news/${String(n).padStart(3, '0')}/index.md`, text: `+++\ntitle = "Kite Monthly #${n}"\ndate = 2026-0${n - 5}-01\n+++\n\n## News\n\n- [Kite ${n}](https://example.com/k${n}) - words\n` });
    const empty = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
    const state = applyImport(empty, planImport([issue(6), issue(7)], empty, '2026-03-02'));
    expect(state.issues.map((i) => i.fileName).sort()).toEqual(['006/index.md', '007/index.md']);
    expect(state.template.fileNamePattern).toBe('{number:3}/index.md');
    expect(exportNextIssue(state, {}, '2026-03-05').issue.fileName).toBe('008/index.md');
    // A file of any other name goes by its own name, wherever it stands.
    const flat = applyImport(empty, planImport([{ ...issue(6), name: 'content/news/006/kites.md' }], empty, '2026-03-02'));
    expect(flat.issues[0]?.fileName).toBe('kites.md');
  });

  it('keeps an issue in folders of its year and month, and writes the next into its own', () => {
    const issue = (path: string, n: number, date: string) => ({ name: path, text: `---\ntitle: "Kite Web #${n}"\ndate: ${date}\n---\n\n## News\n\n- [Kite ${n}](https://example.com/k${n}) - words\n` });
    const empty = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
    const next = (files: { name: string; text: string }[], today: string) => {
      const state = applyImport(empty, planImport(files, empty, today));
      return [state.template.fileNamePattern, exportNextIssue(state, {}, today).issue.fileName];
    };
    expect(next([issue('posts/2019/nov/36.md', 36, '2019-11-22'), issue('posts/2019/nov/37.md', 37, '2019-11-29')], '2019-12-04')).toEqual(['{published:YYYY}/{published:mmm}/{number}.md', '2019/dec/38.md']);
    expect(next([issue('content/2024/11/weekly-42.md', 42, '2024-11-22'), issue('content/2024/11/weekly-43.md', 43, '2024-11-29')], '2024-12-04')).toEqual(['{published:YYYY}/{published:MM}/weekly-{number}.md', '2024/12/weekly-44.md']);
    // Folders that are not the issue's days, or no year over the month, are no folders of the issue.
    expect(next([issue('posts/2018/nov/36.md', 36, '2019-11-22'), issue('posts/2018/nov/37.md', 37, '2019-11-29')], '2019-12-04')).toEqual(['{number}.md', '38.md']);
    expect(next([issue('posts/kites/nov/36.md', 36, '2019-11-22'), issue('posts/kites/nov/37.md', 37, '2019-11-29')], '2019-12-04')).toEqual(['{number}.md', '38.md']);
  });
});
