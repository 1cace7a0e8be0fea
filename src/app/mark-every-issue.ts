import { compareIssueKeys } from '../core/model/issue-key.ts';
import { markEveryIssue } from '../core/template/every-issue-headings.ts';
import type { SectionDef } from '../core/model/template.ts';
import type { DigestStore } from '../storage/digest-store.ts';

/** Whether the template says for any heading whether every issue writes it (marked, or a mark taken off). */
const decided = (sections: readonly SectionDef[]): boolean => sections.some((s) => s.everyIssue !== undefined || s.projects.some((p) => p.everyIssue !== undefined));

/**
 * A digest learned before the headings every issue writes were marked gets them marked from the
 * issues it holds (the extension calls this when it is updated); true when it changed. Once any
 * heading says (learned, or the editor turned it on or off), nothing is changed.
 */
export function markEveryIssueHeld(store: DigestStore): Promise<boolean> {
  return store.write(async (tx) => {
    const template = await tx.meta.template();
    if (template.learnedFrom === undefined || decided(template.sections)) return false;
    const newestFirst = [...(await tx.issues.list())].sort((a, b) => compareIssueKeys(b.key, a.key));
    const sections = markEveryIssue(template.sections, newestFirst);
    if (!decided(sections)) return false;
    await tx.meta.setTemplate({ ...template, sections });
    return true;
  });
}
