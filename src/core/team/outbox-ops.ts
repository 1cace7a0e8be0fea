import type { Issue } from '../model/issue.ts';
import type { Item } from '../model/item.ts';
import type { Template } from '../model/template.ts';
import type { TeamOutbox } from './team-connection.ts';
import type { TeamOp } from './team-ops.ts';
import { ITEM_FIELDS, isAlive, type ItemField, type TeamItem } from './team-state.ts';

/** What this browser holds now of everything the outbox names. */
export interface OutboxSubjects {
  items: Map<string, Item | undefined>;
  issues: Map<string, Issue | undefined>;
  template: Template;
}

/**
 * The changes to send for an outbox: each marked item as the fields that differ from the branch's
 * version this browser last merged (`base`), stamped with the time the editor made the change; a
 * removed item as a delete. Items that never were in the team's issue (an imported archive) stay
 * local, as do issues removed that the branch never had.
 */
export function opsFromOutbox(outbox: TeamOutbox, subjects: OutboxSubjects, base: Record<string, TeamItem>, baseIssueKeys: readonly string[], author: string): TeamOp[] {
  const ops: TeamOp[] = [];
  if (outbox.template) ops.push({ kind: 'put-template', template: subjects.template, at: outbox.template });
  for (const [key, at] of Object.entries(outbox.issues)) {
    const issue = subjects.issues.get(key);
    if (issue) ops.push({ kind: 'put-issue', issue, at });
    else if (baseIssueKeys.includes(key)) ops.push({ kind: 'delete-issue', key, at });
  }
  for (const [id, at] of Object.entries(outbox.items)) {
    const local = subjects.items.get(id);
    const held = base[id];
    if (!local) {
      if (held && isAlive(held)) ops.push({ kind: 'delete-item', id, at });
      continue;
    }
    if (!held && local.issue !== null && !outbox.issues[local.issue]) continue;
    const fields: Partial<Pick<Item, ItemField>> = {};
    for (const field of ITEM_FIELDS) {
      const mine = local[field];
      if (held && isAlive(held) && JSON.stringify(mine) === JSON.stringify((held.item as Partial<Item>)[field])) continue;
      (fields as Record<string, unknown>)[field] = mine;
    }
    if (Object.keys(fields).length === 0) continue;
    ops.push({ kind: 'put-item', id, author: held?.author || local.author || author, at, capturedAt: local.capturedAt, fields });
  }
  return ops;
}
