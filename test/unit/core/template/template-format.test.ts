import { describe, expect, it } from 'vitest';
import { OPENSTACK_PRESET } from '../../../../src/core/template/presets.ts';
import { DEFAULT_TEMPLATE, type Template } from '../../../../src/core/model/template.ts';
import { dateRangeStyleOf, descriptionRuleOf, withAfterPart, withDateRangeStyle, withDescriptionRule, withEntryWay } from '../../../../src/core/template/template-format.ts';

describe('template format helpers', () => {
  it('reads and rewrites the date-range style of a pattern', () => {
    expect(dateRangeStyleOf(OPENSTACK_PRESET.titlePattern)).toBe('MMDD');
    const dotted = withDateRangeStyle(OPENSTACK_PRESET.titlePattern, 'MM.DD');
    expect(dotted).toBe('OpenStack社区动态第{number:zh}期({start:MM.DD}-{end:MM.DD})');
    expect(dateRangeStyleOf(dotted)).toBe('MM.DD');
    expect(withDateRangeStyle('{published:YYYY-MM-DD}-x-{start}-{end}.md', 'M.D')).toBe('{published:YYYY-MM-DD}-x-{start:M.D}-{end:M.D}.md');
  });

  it('reads and sets the description rule', () => {
    expect(descriptionRuleOf(OPENSTACK_PRESET)).toEqual({ rule: 'title', text: '' });
    const fixed = withDescriptionRule(OPENSTACK_PRESET, 'fixed', '来自华为OpenStack社区团队出品的周报');
    expect(descriptionRuleOf(fixed)).toEqual({ rule: 'fixed', text: '来自华为OpenStack社区团队出品的周报' });
    expect(descriptionRuleOf(withDescriptionRule(fixed, 'empty', ''))).toEqual({ rule: 'empty', text: '' });
    const none = withDescriptionRule(fixed, 'none', '');
    expect(none.frontMatter.map((f) => f.key)).toEqual(['layout', 'title', 'category']);
    expect(withDescriptionRule(none, 'title', '').frontMatter.map((f) => f.key)).toEqual(['layout', 'title', 'description', 'category']);
  });
});

describe('withAfterPart', () => {
  it('sets the part after a section, leaves the others, and takes it away when only blanks are left', () => {
    const template: Template = { ...DEFAULT_TEMPLATE, sections: [{ name: 'Events', hidden: false, projects: [], after: '## Jobs' }, { name: null, hidden: false, projects: [] }] };
    expect(withAfterPart(template, 'Events', '## Work').sections.map((s) => s.after)).toEqual(['## Work', undefined]);
    expect(withAfterPart(template, null, '## Sign-off').sections.map((s) => s.after)).toEqual(['## Jobs', '## Sign-off']);
    expect(withAfterPart(template, 'Events', ' \n ').sections[0]).not.toHaveProperty('after');
  });
});

describe('withEntryWay', () => {
  const items = { grammar: 'bullet' as const, marker: '    <tr>', separator: ' - ', loose: false, comments: true, htmlForm: '<tr><td><a href="{url}">{title}</a></td></tr>' };

  it('lets a grammar or marker the editor chose write entries, not the form learned from the digest’s HTML', () => {
    expect(withEntryWay(items, { grammar: 'paragraph', marker: '' })).toEqual({ grammar: 'paragraph', marker: '', separator: ' - ', loose: false, comments: true });
    expect(withEntryWay(items, { marker: '- ' }).htmlForm).toBeUndefined();
  });

  it('keeps the form where only the separator changes', () => {
    expect(withEntryWay(items, { separator: ': ' })).toEqual({ ...items, separator: ': ' });
  });
});
