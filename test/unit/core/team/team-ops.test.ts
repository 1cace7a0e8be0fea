import { describe, expect, it } from 'vitest';
import { filesOf, stateOf } from '../../../../src/core/team/team-files.ts';
import { applyOp, type TeamOp } from '../../../../src/core/team/team-ops.ts';
import { isAlive, itemsOf, type TeamState } from '../../../../src/core/team/team-state.ts';
import { makeIssue } from '../../../helpers/builders.ts';

const empty = (): TeamState => ({ template: undefined, issues: new Map(), items: new Map() });
const apply = (ops: TeamOp[], state = empty()) => ops.reduce(applyOp, state);
const add = (id: string, author: string, at: string, comment = ''): TeamOp => ({
  kind: 'put-item',
  id,
  author,
  at,
  fields: { section: 'News', project: null, comment, links: [{ url: `https://example.com/${id}`, title: id }], order: 0, issue: null },
});

describe('the team’s shared issue', () => {
  it('gives the same state whatever the order the editors’ changes arrive in', () => {
    const ops: TeamOp[] = [
      add('a', 'Ann', '2026-12-01T10:00:00Z', 'first'),
      add('b', 'Bo', '2026-12-01T10:00:01Z'),
      { kind: 'put-item', id: 'a', author: 'Bo', at: '2026-12-01T10:05:00Z', fields: { comment: 'Bo’s words' } },
      { kind: 'put-item', id: 'a', author: 'Ann', at: '2026-12-01T10:06:00Z', fields: { project: 'Rust' } },
    ];
    const forward = itemsOf(apply(ops));
    const backward = itemsOf(apply([...ops].reverse()));
    expect(backward).toEqual(forward);
    expect(forward.find((i) => i.id === 'a')).toMatchObject({ comment: 'Bo’s words', project: 'Rust', section: 'News' });
    // Applied twice, as a replay after a rejected push does: nothing changes.
    expect(itemsOf(apply([...ops, ...ops]))).toEqual(forward);
  });

  it('merges an entry’s kind as any other field: the newer pick wins, and it is written and read back', () => {
    const state = apply([
      { kind: 'put-item', id: 'a', author: 'Ann', at: '2026-12-01T10:00:00Z', fields: { section: 'News', project: null, comment: '', links: [{ url: 'https://example.com/a', title: 'a' }], order: 0, issue: null, kind: '📦' } },
      { kind: 'put-item', id: 'a', author: 'Bo', at: '2026-12-01T10:02:00Z', fields: { kind: '📜' } },
      { kind: 'put-item', id: 'a', author: 'Ann', at: '2026-12-01T10:01:00Z', fields: { kind: '🐦', comment: 'words' } },
    ]);
    expect(itemsOf(state)[0]).toMatchObject({ kind: '📜', comment: 'words' });
    const back = stateOf(filesOf(state));
    expect(back.ok && itemsOf(back.state)[0]?.kind).toBe('📜');
  });

  it('keeps an item edited after another editor deleted it, and drops one deleted after its last edit', () => {
    const edited = apply([add('a', 'Ann', '2026-12-01T10:00:00Z'), { kind: 'delete-item', id: 'a', at: '2026-12-01T10:01:00Z' }, { kind: 'put-item', id: 'a', author: 'Bo', at: '2026-12-01T10:02:00Z', fields: { comment: 'still here' } }]);
    expect(itemsOf(edited).map((i) => i.comment)).toEqual(['still here']);
    const deleted = apply([add('a', 'Ann', '2026-12-01T10:00:00Z'), { kind: 'delete-item', id: 'a', at: '2026-12-01T10:01:00Z' }]);
    expect(itemsOf(deleted)).toEqual([]);
    expect(isAlive(deleted.items.get('a')!)).toBe(false);
  });

  it('publishes: the issue stored, its items filed under it in order', () => {
    const state = apply([add('a', 'Ann', '2026-12-01T10:00:00Z'), add('b', 'Bo', '2026-12-01T10:00:01Z'), { kind: 'publish', issue: makeIssue({ number: 9 }), items: ['b', 'a'], at: '2026-12-02T08:00:00Z' }]);
    expect(itemsOf(state).map((i) => [i.id, i.issue, i.order])).toEqual([
      ['a', '9', 1],
      ['b', '9', 0],
    ]);
  });

  it('is written as one file per item and read back the same; other branches are refused', () => {
    const state = apply([add('a/b', 'Ann', '2026-12-01T10:00:00Z'), { kind: 'delete-item', id: 'a/b', at: '2026-12-01T11:00:00Z' }]);
    const files = filesOf(state);
    expect([...files.keys()].sort()).toEqual(['digest.json', 'items/a%2Fb.json']);
    const back = stateOf(files);
    expect(back.ok && back.state.items.get('a/b')).toEqual(state.items.get('a/b'));
    expect(stateOf(new Map([['README.md', '# blog']]))).toEqual({ ok: false, problem: { code: 'not-team-branch' } });
    expect(stateOf(new Map([['digest.json', JSON.stringify({ format: 'digest-clipper-team', version: 9 })]]))).toEqual({ ok: false, problem: { code: 'newer-team-version', version: 9 } });
    expect(stateOf(new Map([['digest.json', JSON.stringify({ format: 'digest-clipper-team', version: 1 })], ['items/x.json', '{ not json']]))).toEqual({ ok: false, problem: { code: 'bad-file', path: 'items/x.json' } });
  });
});
