import { isKnownAs, type Template } from './template.ts';
import type { GroupKey } from './item.ts';

/**
 * The headings a new issue writes whether anything is queued under them or not (`everyIssue`),
 * as groups in the template's order: a section's own, and a project's under its section. Not a
 * hidden one, nor one under a hidden section.
 */
export function everyIssueGroups(template: Pick<Template, 'sections'>): GroupKey[] {
  const out: GroupKey[] = [];
  for (const section of template.sections) {
    if (section.hidden) continue;
    if (section.everyIssue && section.name !== null) out.push({ section: section.name, project: null });
    for (const project of section.projects) if (project.everyIssue && !project.hidden) out.push({ section: section.name, project: project.name });
  }
  return out;
}

/**
 * Those of them nothing queued goes under: a section none of whose entries, its own or its
 * projects', is queued; a project none of whose entries is queued under any of its names.
 */
export function emptyEveryIssueGroups(template: Pick<Template, 'sections'>, items: readonly GroupKey[]): GroupKey[] {
  return everyIssueGroups(template).filter((group) => {
    if (group.project === null) return !items.some((i) => i.section === group.section);
    const project = template.sections.find((s) => s.name === group.section)?.projects.find((p) => p.name === group.project);
    return !items.some((i) => i.section === group.section && i.project !== null && project !== undefined && isKnownAs(project, i.project));
  });
}
