import type { Issue } from '../model/issue.ts';
import type { Item } from '../model/item.ts';
import type { Template } from '../model/template.ts';

/** The branch a team shares its digest on, and the format of what is on it. */
export const TEAM_BRANCH = 'digest';
export const TEAM_FORMAT = 'digest-clipper-team';
export const TEAM_VERSION = 1;

/** The fields of an item that editors change, each stamped with when it was last changed. */
export const ITEM_FIELDS = ['section', 'project', 'comment', 'links', 'eventDate', 'dateText', 'kind', 'order', 'issue', 'source'] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

/**
 * One item as the team holds it, one file each (`items/<id>.json`), so editors adding at the same
 * time never touch the same file. Every field carries the time it was last set; a delete is a
 * tombstone with its time, never a missing file.
 */
export interface TeamItem {
  id: string;
  /** Who added it (the name an editor gave when connecting). */
  author: string;
  capturedAt: string;
  item: Pick<Item, 'section' | 'project' | 'comment' | 'links' | 'order' | 'issue'> & Partial<Pick<Item, 'eventDate' | 'dateText' | 'kind' | 'source'>>;
  stamps: Partial<Record<ItemField, string>>;
  deleted?: string;
}

/** Everything on the team's branch, read. */
export interface TeamState {
  template: Template | undefined;
  issues: Map<string, Issue>;
  items: Map<string, TeamItem>;
}

/**
 * Whether an item is there: never deleted, or changed after its delete (an edit made while
 * another editor deleted it wins, so nothing typed is lost).
 */
export function isAlive(item: TeamItem): boolean {
  if (item.deleted === undefined) return true;
  return Object.values(item.stamps).some((at) => at !== undefined && at > (item.deleted as string));
}

/**
 * Two versions of one item, as two editors left it: field by field, the newer wins (a tie goes to
 * the value that sorts first, so every editor merges alike); the later delete stays.
 */
export function mergeItems(a: TeamItem, b: TeamItem): TeamItem {
  const item = { ...a.item } as Record<string, unknown>;
  const stamps: Partial<Record<ItemField, string>> = { ...a.stamps };
  for (const field of ITEM_FIELDS) {
    const atA = a.stamps[field];
    const atB = b.stamps[field];
    if (atB === undefined) continue;
    const valueA = JSON.stringify((a.item as Record<string, unknown>)[field]);
    const valueB = JSON.stringify((b.item as Record<string, unknown>)[field]);
    const takeB = atA === undefined || atB > atA || (atB === atA && (valueB ?? '') < (valueA ?? ''));
    if (!takeB) continue;
    const value = (b.item as Record<string, unknown>)[field];
    if (value === undefined) delete item[field];
    else item[field] = value;
    stamps[field] = atB;
  }
  const deleted = [a.deleted, b.deleted].filter((d): d is string => d !== undefined).sort().at(-1);
  return {
    id: a.id,
    author: a.author || b.author,
    capturedAt: a.capturedAt <= b.capturedAt ? a.capturedAt : b.capturedAt,
    item: item as TeamItem['item'],
    stamps,
    ...(deleted !== undefined ? { deleted } : {}),
  };
}

/** The items of the team's state as the extension's items: the living ones. */
export function itemsOf(state: TeamState): Item[] {
  return [...state.items.values()].filter(isAlive).map((t): Item => ({ id: t.id, capturedAt: t.capturedAt, ...t.item }));
}
