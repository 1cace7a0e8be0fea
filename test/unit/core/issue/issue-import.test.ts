import { describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../../../src/core/issue/issue-import.ts';
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
    expect(plan.adds).toEqual([21, 22, 23, 25, 103]);
    expect(plan.replaces).toEqual([]);
    expect(plan.itemCount).toBe(plan.parsed.reduce((n, p) => n + p.items.length, 0));
    expect(plan.newSections).toEqual([]);
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
    expect(plan.replaces).toEqual([21]);
    const after = applyImport(once, plan);
    expect(after.items.filter((i) => i.issue === 21).map((i) => i.comment)).toContain('Nova的新评论：');
    expect(after.items).toHaveLength(once.items.length);
  });

  it('reports files that are not issues and imports none of them', () => {
    const plan = planImport([{ name: 'notes.md', text: '# notes' }, files[0]!], empty, '2015-05-01');
    expect(plan.failures).toEqual([{ file: 'notes.md', problem: expect.objectContaining({ code: 'no-front-matter', line: 1 }) }]);
    expect(plan.parsed).toHaveLength(1);
  });
});
