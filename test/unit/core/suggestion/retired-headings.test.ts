import { describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../../../src/core/issue/issue-import.ts';
import { groupKeyOf, type Item } from '../../../../src/core/model/item.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { learnItems, suggestGroups, trainSuggestionModel } from '../../../../src/core/suggestion/project-suggestion.ts';
import { isRetired, retiredGroups, retiredHeadings, retiredShown } from '../../../../src/core/suggestion/retired-headings.ts';
import { fixtureFiles } from '../../../helpers/corpus.ts';

const item = (section: string, project: string | null, issue: string | null): Pick<Item, 'section' | 'project' | 'issue'> => ({ section, project, issue });
const issue = (key: string, published: string | null) => ({ key, published });

describe('retiredGroups', () => {
  const weekly = [issue('1', '2024-01-01'), issue('2', '2025-06-01'), issue('3', '2025-06-08'), issue('4', '2025-06-15')];

  it('retires a heading unused for over a year with three issues since, and keeps the others', () => {
    const retired = retiredGroups([item('Jobs', null, '1'), item('News', null, '1'), item('News', null, '4')], weekly);
    expect([...retired]).toEqual([groupKeyOf({ section: 'Jobs', project: null })]);
  });

  it('keeps a heading whose last issue came fewer than three issues, or less than a year, before the newest', () => {
    // A yearly digest: a year and a day, but only two issues since.
    const yearly = [issue('1', '2023-01-01'), issue('2', '2024-01-01'), issue('3', '2025-01-02')];
    expect(retiredGroups([item('Jobs', null, '1')], yearly).size).toBe(0);
    // Three issues since, within the year.
    expect(retiredGroups([item('Jobs', null, '0')], [...weekly.slice(1), issue('0', '2024-07-01')]).size).toBe(0);
    // Exactly a year before the newest is not over a year.
    expect(retiredGroups([item('Jobs', null, '1')], [issue('1', '2024-06-15'), issue('2', '2025-06-01'), issue('3', '2025-06-08'), issue('4', '2025-06-15')]).size).toBe(0);
  });

  it('keeps a heading with an item in the queue or in an issue of no known day', () => {
    expect(retiredGroups([item('Jobs', null, '1'), item('Jobs', null, null)], weekly).size).toBe(0);
    expect(retiredGroups([item('Jobs', null, '1'), item('Jobs', null, '9')], [...weekly, issue('9', null)]).size).toBe(0);
    expect(retiredGroups([item('Jobs', null, '1')], [issue('1', null)]).size).toBe(0);
  });
});

describe('retired headings in the model', () => {
  // Two 2019 issues with Rust Jobs and Rust Walkthroughs, three 2026 issues without.
  const plan = planImport(fixtureFiles('golden/past/retired-headings'), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-06-20');
  const state = applyImport({ template: DEFAULT_TEMPLATE, issues: [], items: [] }, plan);
  const model = trainSuggestionModel(state.items, state.template, state.issues);

  it('marks the headings the newest issues stopped using, a section only when all it held did', () => {
    const retired = retiredHeadings(model);
    expect(isRetired(retired, { section: 'Rust Jobs', project: null })).toBe(true);
    expect(isRetired(retired, { section: 'Updates from Rust Community', project: 'Rust Walkthroughs' })).toBe(true);
    expect(isRetired(retired, { section: 'Updates from Rust Community', project: 'Official' })).toBe(false);
    expect(isRetired(retired, { section: 'Updates from Rust Community', project: null })).toBe(false);
    expect(isRetired(retired, { section: 'Upcoming Events', project: null })).toBe(false);
  });

  it('takes a heading back into use when the editor files under it again', () => {
    const learned = learnItems(model, [{ section: 'Rust Jobs', project: null, comment: '', links: [{ url: 'https://example.org/jobs-new', title: 'Rust engineer' }] }]);
    expect(isRetired(retiredHeadings(learned), { section: 'Rust Jobs', project: null })).toBe(false);
    expect(isRetired(retiredHeadings(learned), { section: 'Updates from Rust Community', project: 'Rust Walkthroughs' })).toBe(true);
    // The model it learned from is not changed.
    expect(isRetired(retiredHeadings(model), { section: 'Rust Jobs', project: null })).toBe(true);
  });

  it('suggests a heading the digest stopped using last, whatever the page’s words or site, until it is filed under again', () => {
    const page = { url: 'https://example.org/jobs-new', title: 'Rust engineer at Example Corp' };
    const top = (m: typeof model) => suggestGroups(page, state.template, m)[0];
    // Without the issues' days the words and the site would say Rust Jobs.
    expect(top(trainSuggestionModel(state.items, state.template))).toMatchObject({ section: 'Rust Jobs' });
    expect(top(model)?.section).not.toBe('Rust Jobs');
    const learned = learnItems(model, [{ section: 'Rust Jobs', project: null, comment: '', links: [{ url: 'https://example.org/jobs-654', title: 'Rust engineer at Example Corp (654)' }] }]);
    expect(top(learned)).toMatchObject({ section: 'Rust Jobs' });
  });

  it('lists the retired headings still shown, a retired section whole, in the digest’s order', () => {
    expect(retiredShown(state.template.sections, retiredHeadings(model))).toEqual([
      { section: 'Updates from Rust Community', project: 'Rust Walkthroughs' },
      { section: 'Rust Jobs', project: null },
    ]);
    const hidden = state.template.sections.map((s) => (s.name === 'Rust Jobs' ? { ...s, hidden: true } : s));
    expect(retiredShown(hidden, retiredHeadings(model))).toEqual([{ section: 'Updates from Rust Community', project: 'Rust Walkthroughs' }]);
  });

  it('are named in the import’s plan, before it is applied', () => {
    expect(plan.retiredHeadings).toEqual(['Rust Walkthroughs', 'Rust Jobs']);
    // Imported again on top, nothing changes; with only the old issues, nothing is retired yet.
    expect(planImport(fixtureFiles('golden/past/retired-headings'), state, '2026-06-20').retiredHeadings).toEqual(['Rust Walkthroughs', 'Rust Jobs']);
    expect(planImport(fixtureFiles('golden/past/retired-headings').filter((f) => f.name.startsWith('2019')), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-06-20').retiredHeadings).toEqual([]);
  });

  it('marks none without the issues’ days, or without a model', () => {
    expect(retiredHeadings(trainSuggestionModel(state.items, state.template)).groups.size).toBe(0);
    expect(retiredHeadings(undefined).sections.size).toBe(0);
  });
});
