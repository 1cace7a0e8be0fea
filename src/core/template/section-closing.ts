import type { SectionDef } from '../model/template.ts';

/**
 * Words that close whichever of a section's headings came last are the section's: where two of
 * its headings or more were learned closing with the same words (This Week in Rust's call to add
 * events to its calendar, after Oceania in some issues and South America in others), the words
 * become the section's `closing`, written after the last heading the next issue writes under it,
 * and leave those headings. Not words an issue closed several headings with (`closingEach`, see
 * headingWords): those are each heading's.
 */
export function withSectionClosing(section: SectionDef, closingEach: ReadonlySet<string> = new Set()): SectionDef {
  if (section.closing !== undefined) return section;
  const closers = new Map<string, number>();
  // Words whose days move with the (see `daysWrittenFor`) stay with their heading.
  for (const project of section.projects) if (project.outro !== undefined && project.daysWrittenFor === undefined) closers.set(project.outro, (closers.get(project.outro) ?? 0) + 1);
  const shared = [...closers].find(([, count]) => count >= 2)?.[0];
  if (shared === undefined || closingEach.has(shared)) return section;
  return {
    ...section,
    closing: shared,
    projects: section.projects.map((p) => {
      if (p.outro !== shared) return p;
      const { outro: _outro, ...rest } = p;
      return rest;
    }),
  };
}
