import { describe, expect, it } from 'vitest';
import { applyImport, leaveOutIssue, planImport, resolveConflict } from '../../../../src/core/issue/issue-import.ts';
import type { DigestContent } from '../../../../src/core/model/digest-state.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { fixtureFiles } from '../../../helpers/corpus.ts';

const files = fixtureFiles('issues');
const empty: DigestContent = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
const queued = { ...{ id: 'q1', section: '业界动态', project: null, comment: 'queued', links: [], capturedAt: '', order: 0, issue: null } };

describe('importing published issues', () => {
  it('shows what it will do before doing it', () => {
    const plan = planImport(files, { ...empty, items: [queued] }, '2015-05-01');
    expect(plan.failures).toEqual([]);
    expect(plan.adds).toEqual(['21', '22', '23', '25', '103']);
    expect(plan.replaces).toEqual([]);
    expect(plan.itemCount).toBe(plan.parsed.reduce((n, p) => n + p.items.length, 0));
    expect(plan.newSections).toEqual(['业界动态', '社区跟踪']);
    expect(plan.template.preset).toBe('openstack');
    expect(plan.missing).toEqual(['24']);
    expect(plan.changes).toBe(true);
  });

  it('keeps the queue and files items under their issues', () => {
    const state = applyImport({ ...empty, items: [queued] }, planImport(files, empty, '2015-05-01'));
    expect(state.issues.map((i) => i.number)).toEqual([21, 22, 23, 25, 103]);
    expect(state.items.filter((i) => i.issue === null)).toEqual([queued]);
  });

  it('changes nothing when the same files come twice', () => {
    const once = applyImport(empty, planImport(files, empty, '2015-05-01'));
    const again = planImport(files, once, '2015-05-01');
    expect(again.changes).toBe(false);
    expect(again.replaces).toEqual([]);
    expect(applyImport(once, again)).toEqual(once);
  });

  it('replaces an issue with a newer file of the same number, items and all', () => {
    const once = applyImport(empty, planImport(files, empty, '2015-05-01'));
    const edited = files.map((f) => (f.name.startsWith('2015-01-10') ? { ...f, text: f.text.replace('Nova的一条评论', 'Nova的新评论') } : f));
    const plan = planImport(edited, once, '2015-05-01');
    expect(plan.replaces).toEqual(['21']);
    const after = applyImport(once, plan);
    expect(after.items.filter((i) => i.issue === '21').map((i) => i.comment)).toContain('Nova的新评论：');
    expect(after.items).toHaveLength(once.items.length);
  });

  it('knows the issues of a digest whose titles name none by the day each came out, and keeps the title for the next', () => {
    const issue = (day: string, url: string) => ({ name: `${day}-weekly-links.md`, text: `---\ntitle: Weekly Links\n---\n\n## Reading\n\n- [A post](${url})\n` });
    const plan = planImport([issue('2024-05-10', 'https://example.org/a'), issue('2024-05-03', 'https://example.org/b')], empty, '2024-05-17');
    expect(plan.failures).toEqual([]);
    expect(plan.parsed.map((p) => p.issue.key).sort()).toEqual(['2024-05-03', '2024-05-10']);
    expect(plan.template.titlePattern).toBe('Weekly Links');
    expect(plan.template.fileNamePattern).toBe('{published:YYYY-MM-DD}-weekly-links.md');
  });

  it('lists a file that is not an issue with its reason and still offers the others', () => {
    const plan = planImport([{ name: 'notes.md', text: '# notes' }, files[0]!], empty, '2015-05-01');
    expect(plan.failures).toEqual([{ file: 'notes.md', problem: expect.objectContaining({ code: 'no-issue-number', line: 1 }) }]);
    expect(plan.parsed).toHaveLength(1);
  });

  it('shows two files of the same issue side by side and imports neither until one is picked', () => {
    const copy = { name: 'copy-of-21.md', text: files[0]!.text.replace('Nova的一条评论', '另一个版本') };
    const plan = planImport([files[0]!, copy, files[1]!], empty, '2015-05-01');
    expect(plan.conflicts.map((c) => [c.key, c.files.map((f) => f.name)])).toEqual([['21', [files[0]!.name, 'copy-of-21.md']]]);
    expect(plan.parsed.map((p) => p.issue.key)).toEqual(['22']);
    const chosen = resolveConflict(plan, '21', 'copy-of-21.md', empty);
    expect(chosen.conflicts).toEqual([]);
    expect(chosen.parsed.map((p) => [p.issue.key, p.issue.fileName])).toEqual([
      ['21', 'copy-of-21.md'],
      ['22', files[1]!.name],
    ]);
  });

  it('leaves out an issue the editor says is none, working out the rest again, and takes it back', () => {
    const series = ['12', '13'].map((n) => ({ name: `weekly-${n}.md`, text: `# Weekly ${n}\n\n## News\n\n- [A ${n}](https://a.example/${n}) about it\n- [B ${n}](https://b.example/${n}) and this\n` }));
    const post = { name: '10-tips.md', text: '# 10 Tips for Remote Work\n\n## Tip one\n\n- [Desk](https://desk.example/) get one\n- [Chair](https://chair.example/) and one\n' };
    const plan = planImport([...series, post], empty, '2024-05-17');
    expect(plan.parsed.map((p) => p.issue.key)).toEqual(['10', '12', '13']);
    const left = leaveOutIssue(plan, '10', empty);
    expect(left.parsed.map((p) => p.issue.key)).toEqual(['12', '13']);
    expect(left.leftOut.map((p) => p.issue.title)).toEqual(['10 Tips for Remote Work']);
    expect(left.adds).toEqual(['12', '13']);
    expect(left.itemCount).toBe(4);
    // What is stored holds none of the post's entries.
    expect(applyImport(empty, plan).items.map((i) => i.section)).toContain('Tip one');
    const applied = applyImport(empty, left);
    expect(applied.issues.map((i) => i.key)).toEqual(['12', '13']);
    expect(new Set(applied.items.map((i) => i.section))).toEqual(new Set(['News']));
    const back = leaveOutIssue(left, '10', empty, false);
    expect(back.parsed.map((p) => p.issue.key)).toEqual(['10', '12', '13']);
    expect(back.leftOut).toEqual([]);
    expect(leaveOutIssue(left, '99', empty)).toBe(left);
  });

  it('reads an odd issue of a series the way the series is written', () => {
    const series = [
      ...['1', '2', '3'].map((n) => ({ name: `issue-${n}.md`, text: `# Weekly ${n}\n\n## News\n\n1、[A ${n}](https://a.example/${n})\n\nAbout it.\n\n2、[B ${n}](https://b.example/${n})\n\n3、[C ${n}](https://c.example/${n})\n` })),
      // This one alone looks like paragraphs.
      { name: 'issue-4.md', text: '# Weekly 4\n\n## News\n\n1、[A 4](https://a.example/4)\n\nAbout it, with [a link](https://x.example).\n\nMore, with [another](https://y.example).\n' },
    ];
    const plan = planImport(series, empty, '2024-01-01');
    expect(plan.template.items.grammar).toBe('numbered');
    expect(plan.parsed.find((p) => p.issue.key === '4')!.items).toHaveLength(1);
  });

  it('reads a list of links three issues write word for word as the digest’s own text, not entries; one two issues share stays entries', () => {
    const editors = '* [ann](https://github.com/ann)\n* [bo](https://github.com/bo)';
    const events = '* 2024-02-01 | Oslo | [Meetup](https://meetup.example/oslo)\n* 2024-02-03 | Rome | [Meetup](https://meetup.example/rome)';
    const issue = (n: number) => ({
      name: `tw-${n}.md`,
      text: `# Weekly ${n}\n\n## News\n\n### Posts\n\n* [Post ${n}](https://example.org/${n}) - words.\n* [More ${n}](https://example.org/m${n})\n\n### Events\n\n${n >= 3 ? events : `* 2024-01-0${n} | Paris | [Meetup](https://meetup.example/p${n})\n* 2024-01-0${n} | Lima | [Meetup](https://meetup.example/l${n})`}\n\n# Quote\n\n> Quote of the ${['zeroth', 'first', 'second', 'third', 'fourth'][n]} week.\n\nEdited by:\n\n${editors}\n`,
    });
    const links = (p: { items: { links: { url: string }[] }[] }) => p.items.flatMap((i) => i.links.map((l) => l.url));
    const plan = planImport([1, 2, 3, 4].map(issue), empty, '2024-02-08');
    for (const parsed of plan.parsed) expect(links(parsed)).not.toContain('https://github.com/ann');
    // The events two issues list alike are theirs.
    expect(links(plan.parsed.find((p) => p.issue.key === '4')!)).toContain('https://meetup.example/oslo');
    // A section at the level of others' projects is still a section, and the list stands in the ending.
    expect(plan.template.sections.map((s) => [s.name, s.projects.map((p) => p.name)])).toEqual([['News', ['Posts', 'Events']]]);
    expect(plan.template.closing).toBe(`# Quote\n\nEdited by:\n\n${editors}`);
    // Imported one at a time, an issue is compared with the two before it, and with the ending.
    const state = applyImport(empty, planImport([1, 2, 3].map(issue), empty, '2024-02-08'));
    expect(links(planImport([issue(4)], state, '2024-02-08').parsed[0]!)).not.toContain('https://github.com/bo');
    expect(links(planImport([issue(4)], { ...state, template: { ...state.template, closing: '' }, issues: [], items: [] }, '2024-02-08').parsed[0]!)).toContain('https://github.com/bo');
    expect(links(planImport([issue(4)], { ...empty, template: { ...state.template, closing: editors } }, '2024-02-08').parsed[0]!)).not.toContain('https://github.com/bo');
  });

  it('reads words the issues write alike but for their own number and days as the digest’s own, not the last entry’s, imported together or one at a time', () => {
    const all = fixtureFiles('golden/past/numbered-ending');
    const lastComment = (plan: ReturnType<typeof planImport>) => plan.parsed.map((p) => p.items.at(-1)?.comment ?? '');
    const together = planImport(all, empty, '2026-11-27');
    expect(lastComment(together)).toEqual(['[如何挑选第一只风筝](https://blog.example/first-kite)\n\n建议从三角风筝开始。', '[夜间放风筝](https://blog.example/night)\n\n灯光与电池的选择。', '[盒子风筝简史](https://history.example/box)\n\n从哈格雷夫到今天。']);
    expect(together.template.closing).toBe('（完，第{number:zh}期，{published:YYYY年M月D日}）');
    // The newest imported after the others: compared with the two held before it.
    const held = applyImport(empty, planImport(all.slice(0, 2), empty, '2026-11-27'));
    expect(lastComment(planImport(all.slice(2), held, '2026-11-27'))).toEqual(['[盒子风筝简史](https://history.example/box)\n\n从哈格雷夫到今天。']);
    // One issue alone cannot tell its sign-off from its last entry's words.
    expect(lastComment(planImport(all.slice(2), empty, '2026-11-27'))[0]).toContain('（完，第十三期');
  });

  it('reads an issue imported on its own the way the digest writes, its latest issues speaking for it', () => {
    const monthly = (n: number, games: string[]) => ({
      name: `gamedev-${n}.md`,
      text: `# GameDev #${n}\n\n## Game Updates\n\n${games.map((g) => `### [${g} ${n}](https://example.org/${g}-${n})\n\nAbout ${g}.\n`).join('\n')}`,
    });
    const state = applyImport(empty, planImport([monthly(1, ['Tiny', 'Hyper', 'Glade']), monthly(2, ['Veloren', 'Bevy', 'Fyrox'])], empty, '2024-01-01'));
    expect(state.template.items.grammar).toBe('heading');
    // Two titled entries alone would read as paragraphs under two projects.
    const alone = planImport([monthly(3, ['Robo', 'Kart'])], empty, '2024-01-01').parsed[0]!;
    expect(alone.items.map((i) => i.project)).toEqual(['Robo 3', 'Kart 3']);
    const beside = planImport([monthly(3, ['Robo', 'Kart'])], state, '2024-01-01').parsed[0]!;
    expect(beside.items.map((i) => [i.section, i.project, i.links[0]?.url])).toEqual([
      ['Game Updates', null, 'https://example.org/Robo-3'],
      ['Game Updates', null, 'https://example.org/Kart-3'],
    ]);
  });

  it('says when the digest will hold one issue of its own, whose standing parts no second issue shows yet', () => {
    const issue = (n: number) => ({ name: `weekly-${n}.md`, text: `# Kite Weekly ${n}\n\nHello, kite people.\n\n## News\n\n- [Kite ${n}](https://kites.example/${n}) — words\n- [Tail ${n}](https://tails.example/${n}) — more\n\nSee you next week.\n` });
    const one = planImport([issue(7)], empty, '2026-12-05');
    expect(one.lone).toBe(true);
    expect(planImport([issue(7), issue(8)], empty, '2026-12-05').lone).toBe(false);
    // A second issue held already, or the same issue imported again over it: as it was.
    const held = applyImport(empty, one);
    expect(planImport([issue(8)], held, '2026-12-05').lone).toBe(false);
    expect(planImport([issue(7)], held, '2026-12-05').lone).toBe(true);
    // A built-in digest speaks for its standing parts.
    expect(planImport([files[0] as (typeof files)[number]], empty, '2015-05-01').lone).toBe(false);
  });

  it('reads paragraphs of words two issues write alike as the digest’s own (a project’s standing line), and learns them under the heading', () => {
    const week = (n: number, projects: string[]) => ({
      name: `week-${n}.md`,
      text: `# Week ${n}\n\n# Apps\n\n${projects.map((p) => `### ${p}\n\nWhat ${p} is.\n\n[Kim](https://chat.example.org/#/@kim) reports\n\n> ${p} ${n} is out, see [the notes](https://example.org/${p}/${n}).\n`).join('\n')}`,
    });
    // GLib is in the first and third issues only: its line is learned from those two.
    const plan = planImport([week(1, ['GLib', 'GTK']), week(2, ['GTK']), week(3, ['GLib'])], empty, '2024-01-01');
    for (const parsed of plan.parsed) for (const item of parsed.items) expect(item.comment).toMatch(/^\[Kim\]\(.*\) reports\n\n> /);
    const apps = plan.template.sections.find((s) => s.name === 'Apps')!;
    expect(apps.projects.map((p) => [p.name, p.intro])).toEqual([
      ['GLib', 'What GLib is.'],
      ['GTK', 'What GTK is.'],
    ]);
  });
});


describe('the headings an import brings', () => {
  it('names each new heading once, where two sections hold one of that name', () => {
    const plan = planImport(fixtureFiles('golden/past/subject-names'), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2025-06-20');
    expect(plan.template.sections.filter((s) => s.projects.some((p) => p.name === 'Cargo')).length).toBe(2);
    expect(plan.newProjects.filter((n) => n === 'Cargo')).toEqual(['Cargo']);
  });
});
