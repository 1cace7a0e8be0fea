import { describe, expect, it } from 'vitest';
import { datesEntries } from '../../../../src/core/suggestion/dates-entries.ts';
import { learnItems, trainSuggestionModel } from '../../../../src/core/suggestion/project-suggestion.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';

const entry = (section: string, project: string | null, eventDate?: string) => ({ section, project, comment: 'words', links: [{ url: 'https://example.org/a', title: '' }], ...(eventDate ? { eventDate } : {}) });
const template = {
  ...DEFAULT_TEMPLATE,
  sections: [
    { name: 'Updates', hidden: false, projects: [{ name: 'Official', aliases: [], hidden: false }] },
    { name: 'Upcoming Events', hidden: false, projects: [{ name: 'Europe', aliases: [], hidden: false }] },
  ],
};

describe('datesEntries', () => {
  const model = trainSuggestionModel([entry('Updates', 'Official'), entry('Updates', 'Official'), entry('Upcoming Events', 'Europe', '2026-08-21')], template);

  it('says yes where past entries under the heading carried a day, no where they never did', () => {
    expect(datesEntries(model, { section: 'Upcoming Events', project: 'Europe' })).toBe(true);
    expect(datesEntries(model, { section: 'Updates', project: 'Official' })).toBe(false);
  });

  it('gives a heading it knows no entries of, or no model at all, the benefit', () => {
    expect(datesEntries(model, { section: 'Updates', project: 'Newsletters' })).toBe(true);
    expect(datesEntries(undefined, { section: 'Updates', project: 'Official' })).toBe(true);
  });

  it('knows whether entries filed under no heading carried a day, in a digest with no headings', () => {
    const bare = (eventDate?: string) => ({ section: null, project: null, comment: 'words', links: [{ url: 'https://example.org/b', title: '' }], ...(eventDate ? { eventDate } : {}) });
    const headless = trainSuggestionModel([bare(), bare()], DEFAULT_TEMPLATE);
    expect(datesEntries(headless, { section: null, project: null })).toBe(false);
    // No group to suggest is made of them, and a day saved there is learned at once.
    expect(Object.keys(headless.groups)).toEqual([]);
    expect(datesEntries(learnItems(headless, [bare('2026-09-01')]), { section: null, project: null })).toBe(true);
    expect(datesEntries(trainSuggestionModel([bare('2026-09-01'), bare()], DEFAULT_TEMPLATE), { section: null, project: null })).toBe(true);
    expect(datesEntries(trainSuggestionModel([], DEFAULT_TEMPLATE), { section: null, project: null })).toBe(true);
  });

  it('learns a day saved under a heading at once', () => {
    const taught = learnItems(model, [entry('Updates', 'Official', '2026-09-01')]);
    expect(datesEntries(taught, { section: 'Updates', project: 'Official' })).toBe(true);
    expect(datesEntries(model, { section: 'Updates', project: 'Official' })).toBe(false);
  });
});
