import type { IsoDate } from '../dates/calendar-date.ts';
import type { DigestContent } from '../model/digest-state.ts';
import type { Issue } from '../model/issue.ts';
import { parseIssue, type ParsedIssue } from './issue-parser.ts';
import type { IssueProblem } from './issue-problem.ts';
import type { Item } from '../model/item.ts';
import type { Template } from '../model/template.ts';
import { learnTemplate } from '../template/template-learning.ts';

export interface ImportFile {
  name: string;
  text: string;
}

/** A file that was not imported, and why. */
export interface ImportFailure {
  file: string;
  problem: IssueProblem;
}


/** What an import will do, shown to the editor before it is applied. */
export interface ImportPlan {
  parsed: ParsedIssue[];
  failures: ImportFailure[];
  /** Issue numbers already held that the import replaces with the file's version. */
  replaces: number[];
  /** Issue numbers that are new. */
  adds: number[];
  itemCount: number;
  newSections: string[];
  newProjects: string[];
  /** The template after learning from these issues. */
  template: Template;
  /** Whether applying it would change anything at all. */
  changes: boolean;
}

/** Reads every file and works out the import without changing anything. */
export function planImport(files: readonly ImportFile[], state: DigestContent, today: IsoDate): ImportPlan {
  const parsed: ParsedIssue[] = [];
  const failures: ImportFailure[] = [];
  const projectNames = state.template.sections.flatMap((s) => s.projects.flatMap((p) => [p.name, ...p.aliases]));
  for (const file of files) {
    const result = parseIssue(file.text, { fileName: file.name, today, projectNames });
    if (result.ok) parsed.push(result.value);
    else failures.push({ file: file.name, problem: result.error });
  }
  // The same issue twice in one import: the later file wins, as it would if imported later.
  const byNumber = new Map(parsed.map((p) => [p.issue.number, p]));
  const unique = [...byNumber.values()].sort((a, b) => a.issue.number - b.issue.number);
  const held = new Map(state.issues.map((i) => [i.number, i]));
  const template = learnTemplate(state.template, unique);
  const before = new Set(state.template.sections.map((s) => s.name ?? ''));
  const beforeProjects = new Set(state.template.sections.flatMap((s) => s.projects.map((p) => p.name)));
  const changed = unique.filter((p) => !sameIssue(p, held.get(p.issue.number), state.items));
  return {
    parsed: unique,
    failures,
    replaces: changed.filter((p) => held.has(p.issue.number)).map((p) => p.issue.number),
    adds: unique.filter((p) => !held.has(p.issue.number)).map((p) => p.issue.number),
    itemCount: unique.reduce((n, p) => n + p.items.length, 0),
    newSections: template.sections.map((s) => s.name ?? '').filter((n) => n !== '' && !before.has(n)),
    newProjects: template.sections.flatMap((s) => s.projects.map((p) => p.name)).filter((n) => !beforeProjects.has(n)),
    template,
    changes: changed.length > 0 || JSON.stringify(template) !== JSON.stringify(state.template),
  };
}

function sameIssue(parsed: ParsedIssue, held: Issue | undefined, items: readonly Item[]): boolean {
  if (!held) return false;
  const heldItems = items.filter((i) => i.issue === held.number).sort((a, b) => a.order - b.order);
  return JSON.stringify(held) === JSON.stringify(parsed.issue) && JSON.stringify(heldItems) === JSON.stringify(parsed.items);
}

/**
 * The state after the import: each imported issue replaces any held issue of its number together
 * with that issue's items; the queue is left alone. Applying the same plan twice changes nothing.
 */
export function applyImport(state: DigestContent, plan: ImportPlan): DigestContent {
  const numbers = new Set(plan.parsed.map((p) => p.issue.number));
  const issues = [...state.issues.filter((i) => !numbers.has(i.number)), ...plan.parsed.map((p) => p.issue)].sort(
    (a, b) => a.number - b.number,
  );
  const items = [
    ...state.items.filter((i) => i.issue === null || !numbers.has(i.issue)),
    ...plan.parsed.flatMap((p) => p.items),
  ];
  return { template: plan.template, issues, items };
}
