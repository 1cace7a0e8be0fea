import { groupKeyOf, UNFILED_KEY, type GroupKey } from '../model/item.ts';
import type { SuggestionModel } from './project-suggestion.ts';

/**
 * Whether an entry under the heading is written with its day: where past entries under it
 * carried one (This Week in Rust's events, some of OpenStack's news). Where the model knows the
 * heading's entries and none did (a Rust blog post under Official), a page's own publication day
 * is no day its entry would show; a heading the model has no entries of is given the benefit.
 */
export function datesEntries(model: SuggestionModel | undefined, group: GroupKey): boolean {
  const key = groupKeyOf(group);
  // Entries under no heading, where the model suggests no such group, are counted apart.
  const learned = model?.groups[key] ?? (key === UNFILED_KEY ? model?.unfiled : undefined);
  return learned === undefined || learned.items === 0 || (learned.dated ?? 0) > 0;
}
