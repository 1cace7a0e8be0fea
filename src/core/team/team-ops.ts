import type { Issue } from '../model/issue.ts';
import type { Item } from '../model/item.ts';
import type { Template } from '../model/template.ts';
import { ITEM_FIELDS, mergeItems, type ItemField, type TeamItem, type TeamState } from './team-state.ts';

/**
 * A change an editor makes to the shared issue, kept (in an outbox) until the branch holds it.
 * Each carries its time; applying one twice, or after others, gives the same state, so a change
 * can be replayed onto whatever the branch holds after a rejected or forced push.
 */
export type TeamOp =
  | { kind: 'put-item'; id: string; author: string; at: string; fields: Partial<Pick<Item, ItemField>>; capturedAt?: string }
  | { kind: 'delete-item'; id: string; at: string }
  | { kind: 'publish'; issue: Issue; items: string[]; at: string }
  | { kind: 'put-template'; template: Template; at: string }
  | { kind: 'put-issue'; issue: Issue; at: string }
  | { kind: 'delete-issue'; key: string; at: string };

export function applyOp(state: TeamState, op: TeamOp): TeamState {
  switch (op.kind) {
    case 'put-item': {
      const stamps: TeamItem['stamps'] = {};
      for (const field of ITEM_FIELDS) if (field in op.fields) stamps[field] = op.at;
      const incoming: TeamItem = {
        id: op.id,
        author: op.author,
        capturedAt: op.capturedAt ?? op.at,
        item: { section: null, project: null, comment: '', links: [], order: 0, issue: null, ...op.fields } as TeamItem['item'],
        stamps,
      };
      const held = state.items.get(op.id);
      return withItem(state, held ? mergeItems(held, incoming) : incoming);
    }
    case 'delete-item': {
      const held = state.items.get(op.id);
      if (!held) return state;
      return withItem(state, mergeItems(held, { ...held, stamps: {}, deleted: op.at }));
    }
    case 'publish': {
      let next: TeamState = { ...state, issues: new Map(state.issues).set(op.issue.key, op.issue) };
      op.items.forEach((id, order) => {
        const held = next.items.get(id);
        if (held) next = withItem(next, mergeItems(held, { ...held, item: { ...held.item, issue: op.issue.key, order }, stamps: { issue: op.at, order: op.at } }));
      });
      return next;
    }
    case 'put-template':
      return { ...state, template: op.template };
    case 'put-issue':
      return { ...state, issues: new Map(state.issues).set(op.issue.key, op.issue) };
    case 'delete-issue': {
      const issues = new Map(state.issues);
      issues.delete(op.key);
      return { ...state, issues };
    }
  }
}

function withItem(state: TeamState, item: TeamItem): TeamState {
  return { ...state, items: new Map(state.items).set(item.id, item) };
}
