import { daysBetween, type IsoDate } from '../dates/calendar-date.ts';
import type { Issue } from '../model/issue.ts';
import { groupKeyOf, type GroupKey, type Item } from '../model/item.ts';
import type { SuggestionModel } from './project-suggestion.ts';
import type { SectionDef } from '../model/template.ts';

/**
 * How long a heading goes unused, while the digest goes on, before the pickers offer it apart:
 * over a year, and three issues or more published since its last entry. Both, so that neither a
 * yearly digest nor a weekly one's quiet month retires a heading it still has.
 */
export const RETIRED_AFTER = { days: 365, issues: 3 } as const;

/**
 * The headings (group keys, see `groupKeyOf`) whose entries stopped: every item filed under one
 * is in an issue published over `RETIRED_AFTER` before the newest, with as many issues since
 * (This Week in Rust's 2013 "Approved RFCs" in an archive running to 2026). A heading with an
 * item waiting in the queue, or in an issue of no known day, is in use.
 */
export function retiredGroups(items: readonly Pick<Item, 'section' | 'project' | 'issue'>[], issues: readonly Pick<Issue, 'key' | 'published'>[]): Set<string> {
  const published = new Map<string, IsoDate>();
  for (const issue of issues) if (issue.published !== null) published.set(issue.key, issue.published);
  const days = [...published.values()].sort();
  const newest = days[days.length - 1];
  const last = new Map<string, IsoDate | null>();
  for (const item of items) {
    const key = groupKeyOf(item);
    const day = item.issue === null ? null : (published.get(item.issue) ?? null);
    const before = last.get(key);
    if (before === null) continue;
    last.set(key, day === null ? null : before === undefined || day > before ? day : before);
  }
  const retired = new Set<string>();
  if (newest === undefined) return retired;
  for (const [key, day] of last) {
    if (day === null || daysBetween(day, newest) <= RETIRED_AFTER.days) continue;
    if (days.filter((d) => d > day).length >= RETIRED_AFTER.issues) retired.add(key);
  }
  return retired;
}

/** The headings the pickers offer apart, read from the model: sections whose every heading retired, and the retired headings. */
export interface RetiredHeadings {
  sections: ReadonlySet<string | null>;
  groups: ReadonlySet<string>;
}

const NONE: RetiredHeadings = { sections: new Set(), groups: new Set() };

/** What the model marks retired (see `retiredGroups`). */
export function retiredHeadings(model: Pick<SuggestionModel, 'groups'> | undefined): RetiredHeadings {
  if (!model) return NONE;
  return headingsRetired(Object.entries(model.groups).map(([key, group]) => ({ key, section: group.section, retired: group.retired === true })));
}

/** The headings retired among those filed under (by group key); a section is, when all it was used for is. */
export function headingsRetired(filed: readonly { key: string; section: string | null; retired: boolean }[]): RetiredHeadings {
  const groups = new Set<string>();
  const inUse = new Set<string | null>();
  const sections = new Set<string | null>();
  for (const { key, section, retired } of filed) {
    if (retired) {
      groups.add(key);
      sections.add(section);
    } else inUse.add(section);
  }
  if (groups.size === 0) return NONE;
  for (const section of inUse) sections.delete(section);
  return { sections, groups };
}

/**
 * The digest's headings that are retired and still shown, in its order: a retired section whole
 * (its headings with it), else each retired heading under a section in use.
 */
export function retiredShown(sections: readonly SectionDef[], retired: RetiredHeadings): GroupKey[] {
  const out: GroupKey[] = [];
  for (const section of sections) {
    if (section.hidden) continue;
    if (isRetired(retired, { section: section.name, project: null })) {
      out.push({ section: section.name, project: null });
      continue;
    }
    for (const project of section.projects) if (!project.hidden && isRetired(retired, { section: section.name, project: project.name })) out.push({ section: section.name, project: project.name });
  }
  return out;
}

/** Whether the pickers offer the heading apart. */
export function isRetired(retired: RetiredHeadings, group: GroupKey): boolean {
  return group.project === null ? retired.sections.has(group.section) : retired.groups.has(groupKeyOf(group));
}
