import { describe, expect, it } from 'vitest';
import { parseIssue, type ParsedIssue } from '../../../../src/core/issue/issue-parser.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { learnTemplate } from '../../../../src/core/template/template-learning.ts';
import { corpusAvailable, corpusFiles, fixtureFiles } from '../../../helpers/corpus.ts';

function parse(name: string, text: string): ParsedIssue {
  const r = parseIssue(text, { fileName: name });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const fixtures = fixtureFiles('issues').map((f) => parse(f.name, f.text));

describe('learnTemplate', () => {
  it('learns the format from the newest issue', () => {
    const newest = fixtures.find((p) => p.issue.number === 103)!;
    const t = learnTemplate(DEFAULT_TEMPLATE, [newest]);
    expect(t.learnedFrom).toBe(103);
    expect(t.titlePattern).toBe('OpenStack社区动态第{number:zh}期({start:MM.DD}-{end:MM.DD})');
    expect(t.fileNamePattern).toBe('{published:YYYY-MM-DD}-bullets-quotes-dates.md');
    expect(t.frontMatter).toEqual([
      { key: 'layout', value: 'post' },
      { key: 'title', value: '{title}' },
      { key: 'description', value: '' },
      { key: 'category', value: 'Open Source' },
      { key: 'tags', value: '- openstack\n  - digest' },
    ]);
    expect(t.dateLeadIn).toBe('{date:YYYY.M.D}，');
  });

  it('learns heading levels and blank lines', () => {
    const levels = learnTemplate(DEFAULT_TEMPLATE, [fixtures.find((p) => p.issue.number === 21)!]);
    expect([levels.sectionLevel, levels.projectLevel]).toEqual([3, 4]);
    expect(levels.blankBetweenHeadings).toBe(true);
  });

  it('does not let an older issue undo what a newer one taught', () => {
    const newest = fixtures.find((p) => p.issue.number === 103)!;
    const older = fixtures.find((p) => p.issue.number === 21)!;
    const once = learnTemplate(DEFAULT_TEMPLATE, [newest]);
    const edited = { ...once, titlePattern: 'Edited {number}' };
    expect(learnTemplate(edited, [older]).titlePattern).toBe('Edited {number}');
  });

  it('adds new sections and projects and keeps the editor’s order', () => {
    const edited = { ...DEFAULT_TEMPLATE, learnedFrom: 1 };
    const t = learnTemplate(edited, [fixtures.find((p) => p.issue.number === 22)!]);
    const names = t.sections.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(['业界动态', '社区跟踪']);
    expect(names).toContain(null);
    const orphan = t.sections.find((s) => s.name === null)!;
    expect(orphan.projects.map((p) => p.name)).toEqual(['Nova', 'Heat', 'Cinder']);
  });

  it('learns nothing from nothing', () => {
    expect(learnTemplate(DEFAULT_TEMPLATE, [])).toBe(DEFAULT_TEMPLATE);
  });
});

describe.skipIf(!corpusAvailable)('learnTemplate over the shared corpus', () => {
  const parsed = corpusFiles().map((f) => parse(f.name, f.text));
  const t = learnTemplate(DEFAULT_TEMPLATE, parsed);

  it('learns issue 17’s format', () => {
    expect(t.learnedFrom).toBe(17);
    expect(t.titlePattern).toBe('OpenStack社区动态第{number:zh}期({start:MMDD}-{end:MMDD})');
    expect(t.fileNamePattern).toBe('{published:YYYY-MM-DD}-openstack-activity-{start:MMDD}-{end:MMDD}.md');
    expect(t.dateLeadIn).toBe('{date:YYYY.M.D}，');
    expect(t.linkStyle).toBe('angle');
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
