import { groupKeyOf, sameGroup, type GroupKey, type Item } from '../model/item.ts';
import type { Template } from '../model/template.ts';

export interface QueueGroup extends GroupKey {
  key: string;
  items: Item[];
}

/**
 * The queue as the issue will show it: groups in the template's order (unknown ones after),
 * items by their order within each group.
 */
export function groupQueue(items: readonly Item[], template: Template): QueueGroup[] {
  const order: GroupKey[] = [];
  for (const section of template.sections) {
    order.push({ section: section.name, project: null });
    for (const project of section.projects) {
      order.push({ section: section.name, project: project.name });
      for (const alias of project.aliases) order.push({ section: section.name, project: alias });
    }
  }
  const rank = (key: GroupKey): number => {
    const i = order.findIndex((g) => sameGroup(g, key));
    return i === -1 ? order.length : i;
  };
  const groups = new Map<string, QueueGroup>();
  for (const item of [...items].sort((a, b) => a.order - b.order)) {
    const key = groupKeyOf(item);
    let group = groups.get(key);
    if (!group) {
      group = { key, section: item.section, project: item.project, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

/** Ids in queue order after moving one item up (-1) or down (+1) within its group. */
export function moveWithinGroup(items: readonly Item[], id: string, delta: -1 | 1): string[] {
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const item = sorted.find((i) => i.id === id);
  if (!item) return sorted.map((i) => i.id);
  const peers = sorted.filter((i) => sameGroup(i, item));
  const at = peers.indexOf(item);
  const other = peers[at + delta];
  if (!other) return sorted.map((i) => i.id);
  const ids = sorted.map((i) => i.id);
  const a = ids.indexOf(item.id);
  const b = ids.indexOf(other.id);
  [ids[a], ids[b]] = [ids[b] as string, ids[a] as string];
  return ids;
}

/** Ids in queue order after putting `id` just before `beforeId` (or last when undefined). */
export function moveBefore(items: readonly Item[], id: string, beforeId: string | undefined): string[] {
  const ids = [...items].sort((a, b) => a.order - b.order).map((i) => i.id).filter((x) => x !== id);
  const at = beforeId === undefined ? -1 : ids.indexOf(beforeId);
  ids.splice(at === -1 ? ids.length : at, 0, id);
  return ids;
}

/**
 * A group's items in the order of their days (an events list), where they are not in it yet:
 * the dated ones sorted by day into the places dated ones hold, the others where they are, same
 * days in their order. Undefined where there is nothing to sort.
 */
export function dayOrder(items: readonly Item[]): Item[] | undefined {
  const dated = items.filter((i) => i.eventDate);
  // Days written in full sort as text; the sort is stable, so a day's items keep their order.
  const sorted = [...dated].sort((a, b) => (a.eventDate as string).localeCompare(b.eventDate as string));
  if (sorted.every((item, i) => item === dated[i])) return undefined;
  let next = 0;
  return items.map((item) => (item.eventDate ? (sorted[next++] as Item) : item));
}

/** Ids in queue order after putting `group`'s items in the order of their days (see `dayOrder`). */
export function sortedByDay(queue: readonly Item[], group: GroupKey): string[] {
  const ordered = [...queue].sort((a, b) => a.order - b.order);
  const peers = ordered.filter((i) => sameGroup(i, group));
  const byDay = dayOrder(peers) ?? peers;
  let next = 0;
  return ordered.map((item) => (sameGroup(item, group) ? (byDay[next++] as Item).id : item.id));
}
