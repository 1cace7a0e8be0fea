import { linksAboveWords } from '../template/links-above-words.ts';
import { listedSymbols } from '../template/heading-markers.ts';
import type { IsoDate } from '../dates/calendar-date.ts';
import type { DigestContent } from '../model/digest-state.ts';
import type { Issue } from '../model/issue.ts';
import { compareIssueKeys, type IssueKey } from '../model/issue-key.ts';
import { groupKeyOf, type Item } from '../model/item.ts';
import type { ItemGrammar, Template } from '../model/template.ts';
import { OPENSTACK_PROJECTS } from '../suggestion/openstack-projects.ts';
import { headingsRetired, retiredGroups, retiredShown } from '../suggestion/retired-headings.ts';
import { learnTemplate } from '../template/template-learning.ts';
import { parseIssue, type ParsedIssue } from './issue-parser.ts';
import type { IssueProblem } from './issue-problem.ts';
import { chooseGrammar, type GrammarEvidence } from './item-grammar.ts';
import { headingsAcross } from './recurring-headings.ts';
import { alikeButLinks, paragraphsOf, standingBlocks, standingText } from './standing-blocks.ts';
import { numberedStanding } from './numbered-standing.ts';
import { unlikeIssues } from './unlike-issues.ts';
import { withoutMetadata } from './issue-metadata.ts';
import { unixNewlines } from '../markdown/unix-newlines.ts';
import { renderIssue } from './issue-renderer.ts';

export interface ImportFile {
  name: string;
  text: string;
}

/** A file that was not imported, and why. */
export interface ImportFailure {
  file: string;
  problem: IssueProblem;
}

/** Files that are the same issue: none of them is imported until the editor picks one. */
export interface ImportConflict {
  key: IssueKey;
  files: { name: string; title: string; items: number; parsed: ParsedIssue }[];
}

/** What an import will do, shown to the editor before it is applied. */
export interface ImportPlan {
  parsed: ParsedIssue[];
  failures: ImportFailure[];
  conflicts: ImportConflict[];
  /** Issues already held that the import replaces with the file's version. */
  replaces: IssueKey[];
  /** Issues that are new. */
  adds: IssueKey[];
  /** Gaps in the numbering of the digest's issues (held and imported), for the editor to notice. */
  missing: IssueKey[];
  itemCount: number;
  newSections: string[];
  newProjects: string[];
  /** The headings no entry will have gone under for over a year (see `retiredGroups`), by name, in the digest's order. */
  retiredHeadings: string[];
  /**
   * Whether the digest will hold one issue of its own and no built-in digest speaks for it: what
   * every issue repeats (its opening, its ending, the headings written in every issue) is told by
   * comparing two, so the next draft has none of it yet.
   */
  lone: boolean;
  /** The template after learning from these issues. */
  template: Template;
  /** Whether applying it would change anything at all. */
  changes: boolean;
  /** Issues read that the editor left out of the import (a post of the blog's that is no issue of the digest), to take back if they change their mind. */
  leftOut: ParsedIssue[];
  /** Of those, the ones the import left out itself, named and titled unlike the digest's other issues (see unlikeIssues). */
  unlike: IssueKey[];
}

/** What an entry of each grammar counts as, in the evidence the grammar is chosen by. */
const GRAMMAR_EVIDENCE: Record<ItemGrammar, readonly (keyof GrammarEvidence)[]> = {
  numbered: ['numbered', 'inSequence'],
  heading: ['headed'],
  bullet: ['bullets'],
  paragraph: ['paragraphs'],
};

/**
 * Reads every file and works out the import without changing anything. The digest's item
 * grammar is learned from all the files together and the digest's latest issues, so one odd
 * issue is read the way its series is written. Files that cannot be read are listed with their
 * reason; the others are offered.
 */
export function planImport(files: readonly ImportFile[], state: DigestContent, today: IsoDate): ImportPlan {
  const projectNames = [
    ...state.template.sections.flatMap((s) => s.projects.flatMap((p) => [p.name, ...p.aliases])),
    ...(state.template.preset === 'openstack' || state.template.learnedFrom === undefined ? OPENSTACK_PROJECTS.map((p) => p.name) : []),
  ];
  const symbols = listedSymbols(state.template);
  // Lists written alike in several issues (these files and the newest two held, so that an issue
  // imported on its own is compared with the two before it), or in the digest's standing text,
  // are the digest's own, not entries. A held issue a file replaces (by its file name) is left out.
  const names = new Set(files.map((f) => f.name));
  const newestHeld = state.issues.filter((i) => i.body.length > 0).sort((a, b) => compareIssueKeys(b.key, a.key));
  const itemsOf = (key: IssueKey): Item[] => state.items.filter((item) => item.issue === key);
  const held = newestHeld
    .filter((i) => i.fileName === null || !names.has(i.fileName))
    .slice(0, 2)
    .map((issue) => ({ issue, text: renderIssue(issue, itemsOf(issue.key), state.template) }));
  const documents = [...files.map((f) => f.text), ...held.map((h) => h.text)];
  let standing = standingBlocks(documents, standingText(state.template));
  const alike = alikeButLinks(documents);
  // A digest of paragraphs already learned says where its entries give their link.
  const above = linksAboveWords(state.template);
  // Which headings come back from issue to issue (sections, projects) and which are written once
  // (an entry's title), where there are issues to compare.
  const { recurring, standing: ownHeadings } = headingsAcross(documents, [...projectNames, ...state.template.sections.flatMap((s) => (s.name === null ? [] : [s.name]))]);
  const read = (file: ImportFile, grammar?: ItemGrammar) =>
    parseIssue(file.text, {
      fileName: file.name,
      today,
      projectNames,
      symbols,
      ...(grammar ? { grammar } : {}),
      ...(standing.size > 0 ? { standing } : {}),
      ...(alike.size > 0 ? { alikeButLinks: alike } : {}),
      ...(above === undefined ? {} : { linksAbove: above }),
      ...(recurring ? { recurringHeadings: recurring } : {}),
      ...(ownHeadings ? { standingHeadings: ownHeadings } : {}),
    });
  let first = files.map((file) => ({ file, result: read(file) }));
  // Paragraphs the issues write alike but for their own number and days are known once the
  // issues' numbers and days are: the files that hold one are read again with them.
  const bodyOf = (text: string, bodyLine: number): string => unixNewlines(text).split('\n').slice(bodyLine).join('\n');
  const numbered = numberedStanding([
    ...first.flatMap(({ file, result }) => (result.ok ? [{ body: bodyOf(file.text, result.value.bodyLine), issue: result.value.issue }] : [])),
    ...held.map((h) => ({ body: withoutMetadata(h.text), issue: h.issue })),
  ]);
  if (numbered.size > 0) {
    standing = new Set([...standing, ...numbered]);
    const holds = (text: string): boolean => paragraphsOf(text).some((p) => numbered.has(p));
    first = first.map((entry) => (holds(entry.file.text) ? { file: entry.file, result: read(entry.file) } : entry));
  }
  const evidence: GrammarEvidence = { numbered: 0, inSequence: 0, bullets: 0, paragraphs: 0, headed: 0 };
  for (const { result } of first) {
    if (!result.ok) continue;
    for (const key of Object.keys(evidence) as (keyof GrammarEvidence)[]) evidence[key] += result.value.evidence[key];
  }
  // The digest's own latest issues (one a file replaces too: the grammar was learned from it)
  // speak for the grammar it writes in, beside the files: an issue of two entries under their
  // titles, imported alone, is no paragraph digest's.
  const heldCount = newestHeld.slice(0, 2).reduce((n, i) => n + itemsOf(i.key).length, 0);
  for (const key of GRAMMAR_EVIDENCE[state.template.items.grammar]) evidence[key] += heldCount;
  const grammar = chooseGrammar(evidence);
  const parsedByFile: { name: string; parsed: ParsedIssue }[] = [];
  const failures: ImportFailure[] = [];
  for (const { file, result } of first) {
    // Read again, the digest's way, only where the file on its own suggested another.
    const final = result.ok && result.value.grammar !== grammar ? read(file, grammar) : result;
    if (final.ok) parsedByFile.push({ name: file.name, parsed: final.value });
    else failures.push({ file: file.name, problem: final.error });
  }
  const byKey = new Map<IssueKey, { name: string; parsed: ParsedIssue }[]>();
  for (const entry of parsedByFile) byKey.set(entry.parsed.issue.key, [...(byKey.get(entry.parsed.issue.key) ?? []), entry]);
  const conflicts: ImportConflict[] = [];
  const unique: ParsedIssue[] = [];
  for (const [key, entries] of byKey) {
    if (entries.length === 1) unique.push((entries[0] as { parsed: ParsedIssue }).parsed);
    else conflicts.push({ key, files: entries.map((e) => ({ name: e.name, title: e.parsed.issue.title, items: e.parsed.items.length, parsed: e.parsed })) });
  }
  // A file unlike the series that would be its newest issue (an article kept beside the issues)
  // is left out until the editor takes it back: it would teach the template and the next number.
  const unlike = unlikeIssues(unique.map((p) => p.issue), state.issues);
  const [kept, apart] = [unique.filter((p) => !unlike.has(p.issue.key)), unique.filter((p) => unlike.has(p.issue.key))];
  return planOf(kept, failures, conflicts, state, apart, [...unlike]);
}

/** The plan once the editor has picked, for a conflict, which file is the issue. */
export function resolveConflict(plan: ImportPlan, key: IssueKey, fileName: string, state: DigestContent): ImportPlan {
  const conflict = plan.conflicts.find((c) => c.key === key);
  const chosen = conflict?.files.find((f) => f.name === fileName);
  if (!conflict || !chosen) return plan;
  return planOf(
    [...plan.parsed, chosen.parsed],
    plan.failures,
    plan.conflicts.filter((c) => c !== conflict),
    state,
    plan.leftOut,
    plan.unlike,
  );
}

/**
 * The plan without an issue the editor leaves out (a post of the blog's that is no issue of the
 * digest: `10 Tips for Remote Work` read as issue 10), what is learned worked out again from the
 * rest; or, taken back, with it again.
 */
export function leaveOutIssue(plan: ImportPlan, key: IssueKey, state: DigestContent, leave = true): ImportPlan {
  const [from, to] = leave ? [plan.parsed, plan.leftOut] : [plan.leftOut, plan.parsed];
  const moved = from.find((p) => p.issue.key === key);
  if (!moved) return plan;
  const rest = from.filter((p) => p !== moved);
  // (Taken back, it is no longer one the import left out itself.)
  const unlike = plan.unlike.filter((k) => leave || k !== key);
  return leave ? planOf(rest, plan.failures, plan.conflicts, state, [...to, moved], unlike) : planOf([...to, moved], plan.failures, plan.conflicts, state, rest, unlike);
}

function planOf(parsed: ParsedIssue[], failures: ImportFailure[], conflicts: ImportConflict[], state: DigestContent, leftOut: ParsedIssue[] = [], unlike: IssueKey[] = []): ImportPlan {
  const unique = [...parsed].sort((a, b) => compareIssueKeys(a.issue.key, b.issue.key));
  const held = new Map(state.issues.map((i) => [i.key, i]));
  const template = learnTemplate(state.template, unique, state.issues);
  const before = new Set(state.template.sections.map((s) => s.name ?? ''));
  const beforeProjects = new Set(state.template.sections.flatMap((s) => s.projects.map((p) => p.name)));
  const changed = unique.filter((p) => !sameIssue(p, held.get(p.issue.key), state.items));
  return {
    parsed: unique,
    failures,
    conflicts,
    replaces: changed.filter((p) => held.has(p.issue.key)).map((p) => p.issue.key),
    adds: unique.filter((p) => !held.has(p.issue.key)).map((p) => p.issue.key),
    missing: gaps([...state.issues, ...unique.map((p) => p.issue)]),
    itemCount: unique.reduce((n, p) => n + p.items.length, 0),
    newSections: template.sections.map((s) => s.name ?? '').filter((n) => n !== '' && !before.has(n)),
    // Each name once: two sections may hold one (Cargo in This Week in Rust's updates and calls for testing).
    newProjects: [...new Set(template.sections.flatMap((s) => s.projects.map((p) => p.name)))].filter((n) => !beforeProjects.has(n)),
    retiredHeadings: retiredAfter(state, unique, template),
    lone: template.preset === undefined && new Set([...state.issues.filter((i) => i.body.length > 0).map((i) => i.key), ...unique.map((p) => p.issue.key)]).size === 1,
    template,
    changes: changed.length > 0 || JSON.stringify(template) !== JSON.stringify(state.template),
    leftOut,
    unlike,
  };
}

/** The headings that will be retired once the issues are stored, as the pickers will offer them apart. */
function retiredAfter(state: DigestContent, parsed: readonly ParsedIssue[], template: Template): string[] {
  const { items, issues } = withIssues(state, parsed);
  const retired = retiredGroups(items, issues);
  if (retired.size === 0) return [];
  const filed = new Map(items.map((i) => [groupKeyOf(i), i.section]));
  const headings = headingsRetired([...filed].map(([key, section]) => ({ key, section, retired: retired.has(key) })));
  return retiredShown(template.sections, headings).map((g) => g.project ?? g.section ?? '');
}

/** Numbers missing between the first and the last issue of a run that counts on (not by year). */
function gaps(issues: readonly Pick<Issue, 'number' | 'year'>[]): IssueKey[] {
  const numbers = [...new Set(issues.filter((i) => i.year === null).map((i) => i.number))].sort((a, b) => a - b);
  const out: IssueKey[] = [];
  for (let i = 1; i < numbers.length && out.length < 50; i++) {
    const from = numbers[i - 1] as number;
    const to = numbers[i] as number;
    // A long gap is a digest sampled, not issues lost: name only short runs.
    if (to - from > 1 && to - from <= 10) for (let n = from + 1; n < to; n++) out.push(String(n));
  }
  return out;
}

function sameIssue(parsed: ParsedIssue, held: Issue | undefined, items: readonly Item[]): boolean {
  if (!held) return false;
  const heldItems = items.filter((i) => i.issue === held.key).sort((a, b) => a.order - b.order);
  return JSON.stringify(held) === JSON.stringify(parsed.issue) && JSON.stringify(heldItems) === JSON.stringify(parsed.items);
}

/**
 * The state after the import: each imported issue replaces any held issue of its key together
 * with that issue's items; the queue is left alone. Applying the same plan twice changes nothing.
 */
export function applyImport(state: DigestContent, plan: ImportPlan): DigestContent {
  return { template: plan.template, ...withIssues(state, plan.parsed) };
}

/** The issues and items once `parsed` are stored (see `applyImport`). */
function withIssues(state: Pick<DigestContent, 'issues' | 'items'>, parsed: readonly ParsedIssue[]): Pick<DigestContent, 'issues' | 'items'> {
  const keys = new Set(parsed.map((p) => p.issue.key));
  const issues = [...state.issues.filter((i) => !keys.has(i.key)), ...parsed.map((p) => p.issue)].sort((a, b) => compareIssueKeys(a.key, b.key));
  const items = [...state.items.filter((i) => i.issue === null || !keys.has(i.issue)), ...parsed.flatMap((p) => p.items)];
  return { issues, items };
}
