import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../../src/core/backup/backup.ts';
import type { Item } from '../../../../src/core/model/item.ts';
import { planRestore } from '../../../../src/core/backup/restore-plan.ts';
import type { DigestState } from '../../../../src/core/model/digest-state.ts';
import { DEFAULT_SETTINGS } from '../../../../src/core/model/settings.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import type { Issue } from '../../../../src/core/model/issue.ts';
import { makeIssue } from '../../../helpers/builders.ts';

const issue = (number: number, title = `第${number}期`): Issue => makeIssue({ number, title });
const item = (id: string, url: string, issueNo: string | null, comment = id): Item => ({
  id,
  section: '业界动态',
  project: null,
  comment,
  links: [{ url, title: '' }],
  capturedAt: '',
  order: 0,
  issue: issueNo,
});

const current: DigestState = {
  settings: { ...DEFAULT_SETTINGS, reminders: { enabled: false, cadenceDays: 9 } },
  template: { ...DEFAULT_TEMPLATE, titlePattern: 'Mine {number}' },
  issues: [issue(1), issue(2)],
  items: [item('a', 'https://x.example/a', '1'), item('q', 'https://x.example/q', null)],
};
const incoming = createBackup(
  {
    settings: DEFAULT_SETTINGS,
    template: { ...DEFAULT_TEMPLATE, sections: [...DEFAULT_TEMPLATE.sections, { name: 'Events', hidden: false, projects: [] }] },
    issues: [issue(2, 'changed'), issue(3)],
    items: [item('a', 'https://x.example/a', '1', 'edited'), item('other-id', 'https://www.x.example/q/', null), item('b', 'https://x.example/b', '3')],
  },
  new Date(0),
);

describe('planRestore', () => {
  it('merges: issues by key and items by id, the file winning; same page in the same place is skipped', () => {
    const { state, report } = planRestore(current, incoming, 'merge');
    expect(report).toEqual({
      mode: 'merge',
      issuesAdded: 1,
      issuesReplaced: 1,
      issuesRemoved: 0,
      itemsAdded: 1,
      itemsUpdated: 1,
      itemsRemoved: 0,
      itemsSkipped: 1,
      templateChanged: true,
      settingsChanged: false,
    });
    expect(state.issues.map((i) => [i.number, i.title])).toEqual([
      [1, '第1期'],
      [2, 'changed'],
      [3, '第3期'],
    ]);
    expect(state.items.map((i) => [i.id, i.comment]).sort()).toEqual([
      ['a', 'edited'],
      ['b', 'b'],
      ['q', 'q'],
    ]);
    expect(state.template.titlePattern).toBe('Mine {number}');
    expect(state.template.sections.map((s) => s.name)).toContain('Events');
    expect(state.settings).toBe(current.settings);
  });

  it('merges a digest that counts by year: the same number in two years is two issues, kept in order', () => {
    const week = (year: number, number: number): Issue => makeIssue({ number, year, key: `${year}-W${number}`, title: `R Weekly ${year}-W${number}` });
    const held: DigestState = { ...current, issues: [week(2024, 43), week(2024, 44)], items: [] };
    const file = createBackup({ settings: DEFAULT_SETTINGS, template: DEFAULT_TEMPLATE, issues: [week(2023, 43), week(2024, 43)], items: [] }, new Date(0));
    const { state, report } = planRestore(held, file, 'merge');
    expect(state.issues.map((i) => i.key)).toEqual(['2023-W43', '2024-W43', '2024-W44']);
    expect(report).toMatchObject({ issuesAdded: 1, issuesReplaced: 0 });
    expect(planRestore(held, file, 'replace').report).toMatchObject({ issuesAdded: 1, issuesReplaced: 0, issuesRemoved: 1 });
  });

  it('replaces: the file exactly, saying what goes', () => {
    const { state, report } = planRestore(current, incoming, 'replace');
    expect(state).toEqual({ settings: incoming.settings, template: incoming.template, issues: incoming.issues, items: incoming.items });
    expect(report).toMatchObject({ issuesAdded: 1, issuesReplaced: 1, issuesRemoved: 1, itemsAdded: 2, itemsUpdated: 1, itemsRemoved: 1, templateChanged: true, settingsChanged: true });
  });
});
