import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { dateRangeStyleOf, descriptionRuleOf, withDateRangeStyle, withDescriptionRule } from '../../../../src/core/template/template-format.ts';

describe('template format helpers', () => {
  it('reads and rewrites the date-range style of a pattern', () => {
    expect(dateRangeStyleOf(DEFAULT_TEMPLATE.titlePattern)).toBe('MMDD');
    const dotted = withDateRangeStyle(DEFAULT_TEMPLATE.titlePattern, 'MM.DD');
    expect(dotted).toBe('OpenStack社区动态第{number:zh}期({start:MM.DD}-{end:MM.DD})');
    expect(dateRangeStyleOf(dotted)).toBe('MM.DD');
    expect(withDateRangeStyle('{published:YYYY-MM-DD}-x-{start}-{end}.md', 'M.D')).toBe('{published:YYYY-MM-DD}-x-{start:M.D}-{end:M.D}.md');
  });

  it('reads and sets the description rule', () => {
    expect(descriptionRuleOf(DEFAULT_TEMPLATE)).toEqual({ rule: 'title', text: '' });
    const fixed = withDescriptionRule(DEFAULT_TEMPLATE, 'fixed', '来自华为OpenStack社区团队出品的周报');
    expect(descriptionRuleOf(fixed)).toEqual({ rule: 'fixed', text: '来自华为OpenStack社区团队出品的周报' });
    expect(descriptionRuleOf(withDescriptionRule(fixed, 'empty', ''))).toEqual({ rule: 'empty', text: '' });
    const none = withDescriptionRule(fixed, 'none', '');
    expect(none.frontMatter.map((f) => f.key)).toEqual(['layout', 'title', 'category']);
    expect(withDescriptionRule(none, 'title', '').frontMatter.map((f) => f.key)).toEqual(['layout', 'title', 'description', 'category']);
  });
});
