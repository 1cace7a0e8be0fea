import { mostCommonLeadInPattern } from '../issue/date-lead-in.ts';
import { fieldValue } from '../issue/front-matter.ts';
import type { Heading } from '../model/issue.ts';
import type { ParsedIssue } from '../issue/issue-parser.ts';
import { fileNamePatternOf, titlePatternOf } from '../issue/issue-title.ts';
import { isKnownAs, type ProjectDef, type SectionDef, type Template } from '../model/template.ts';

/**
 * What imported issues teach. The format (front matter, title and file-name patterns, heading
 * levels, blank lines, date lead-ins, link style) comes from the newest issue, and only when it
 * is newer than any learned before, so importing an old issue never undoes the editor's changes.
 * Sections and projects that the template lacks are added where the issues put them; the first
 * time, the issues' own order replaces the built-in one.
 */
export function learnTemplate(base: Template, parsed: readonly ParsedIssue[]): Template {
  if (parsed.length === 0) return base;
  const newestFirst = [...parsed].sort((a, b) => b.issue.number - a.issue.number);
  const latest = newestFirst[0] as ParsedIssue;
  const firstTime = base.learnedFrom === undefined;
  let out: Template = { ...base };
  if (firstTime || latest.issue.number > (base.learnedFrom as number)) {
    out = { ...out, ...formatOf(latest, newestFirst, base), learnedFrom: latest.issue.number };
  }
  const learned = mergeOutlines(newestFirst.map((p) => p.issue.outline));
  out.sections = firstTime ? appendMissing(learned, base.sections) : appendMissing(base.sections, learned);
  return out;
}

function formatOf(latest: ParsedIssue, newestFirst: readonly ParsedIssue[], base: Template): Partial<Template> {
  const { issue, items } = latest;
  const frontMatter = issue.frontMatter
    .filter((f) => f.key !== '')
    .map((f) => {
      const value = fieldValue(f);
      if (value === issue.title) return { key: f.key, value: '{title}' };
      if (f.key === 'date' && issue.published && value.startsWith(issue.published)) {
        return { key: f.key, value: '{published}' };
      }
      return { key: f.key, value };
    });
  const sectionHeadings = issue.outline.filter((h) => h.project === null);
  const projectHeadings = issue.outline.filter((h) => h.project !== null);
  const withItems = issue.outline.filter((h, i) => h.at < Math.min(issue.outline[i + 1]?.at ?? Infinity, items.length));
  const nested = issue.outline.filter((h, i) => {
    const next = issue.outline[i + 1];
    return next !== undefined && next.at === h.at && next.level > h.level;
  });
  const leadIns = newestFirst.flatMap((p) => p.items.map((i) => i.dateText).filter((t): t is string => !!t));
  const latestLeadIns = items.map((i) => i.dateText).filter((t): t is string => !!t);
  const lineSources = items.flatMap((i) => i.links.filter((l) => !l.inline && l.source).map((l) => l.source as string));
  const titled = lineSources.filter((s) => /^\s*(?:[^<[]*[:：]\s*)?\[/.test(s)).length;
  const angle = lineSources.filter((s) => /^\s*(?:[^<[]*[:：]\s*)?</.test(s)).length;
  const [newest, previous] = newestFirst;
  const standingPreamble =
    newest && previous && newest.issue.preamble !== '' && newest.issue.preamble === previous.issue.preamble
      ? newest.issue.preamble
      : base.preamble;
  return {
    frontMatter,
    titlePattern: titlePatternOf(issue.title) ?? base.titlePattern,
    fileNamePattern: (issue.fileName && fileNamePatternOf(issue.fileName)) || base.fileNamePattern,
    sectionLevel: mostCommon(sectionHeadings.map((h) => h.level)) ?? base.sectionLevel,
    projectLevel: mostCommon(projectHeadings.map((h) => h.level)) ?? base.projectLevel,
    blankAfterHeading: majority(withItems.map((h) => h.blankAfter)) ?? base.blankAfterHeading,
    blankBetweenHeadings:
      majority(nested.map((h) => issue.outline[issue.outline.indexOf(h) + 1]?.blankBefore ?? true)) ??
      base.blankBetweenHeadings,
    dateLeadIn: mostCommonLeadInPattern(latestLeadIns) ?? mostCommonLeadInPattern(leadIns) ?? base.dateLeadIn,
    linkStyle: titled > angle ? 'titled' : angle > titled ? 'angle' : base.linkStyle,
    preamble: standingPreamble,
  };
}

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  for (const v of values) {
    counts.set(v, (counts.get(v) ?? 0) + 1);
    if (best === undefined || (counts.get(v) as number) > (counts.get(best) as number)) best = v;
  }
  return best;
}

function majority(values: readonly boolean[]): boolean | undefined {
  if (values.length === 0) return undefined;
  const yes = values.filter(Boolean).length;
  return yes * 2 === values.length ? undefined : yes * 2 > values.length;
}

/**
 * Sections and projects from outlines, newest first. The newest issue's order stands; a heading
 * it lacks goes after the last of its headings that the other issues mostly put before it.
 */
function mergeOutlines(outlines: readonly (readonly Heading[])[]): SectionDef[] {
  const sections: SectionDef[] = [];
  const sectionRuns: (string | null)[][] = [];
  const projectRuns = new Map<string | null, string[][]>();
  for (const outline of outlines) {
    const sectionRun: (string | null)[] = [];
    const projectRun = new Map<string | null, string[]>();
    for (const heading of outline) {
      let section = sections.find((s) => s.name === heading.section);
      if (!section) {
        section = { name: heading.section, hidden: false, projects: [] };
        sections.push(section);
      }
      if (!sectionRun.includes(section.name)) sectionRun.push(section.name);
      if (heading.project === null) continue;
      let project = matchProject(section.projects, heading.project);
      if (!project) {
        project = { name: heading.project, aliases: [], hidden: false };
        section.projects.push(project);
      } else if (project.name !== heading.project && !project.aliases.includes(heading.project)) {
        project.aliases.push(heading.project);
      }
      const run = projectRun.get(section.name) ?? [];
      if (!run.includes(project.name)) run.push(project.name);
      projectRun.set(section.name, run);
    }
    sectionRuns.push(sectionRun);
    for (const [name, run] of projectRun) projectRuns.set(name, [...(projectRuns.get(name) ?? []), run]);
  }
  const sectionOrder = mergeOrders(sectionRuns);
  return sectionOrder.map((name) => {
    const section = sections.find((s) => s.name === name) as SectionDef;
    const order = mergeOrders(projectRuns.get(name) ?? []);
    return { ...section, projects: order.map((p) => section.projects.find((d) => d.name === p) as ProjectDef) };
  });
}

/** One order from several, the first of them (the newest issue's) kept as it is. */
function mergeOrders<T>(runs: readonly (readonly T[])[]): T[] {
  const all: T[] = [];
  for (const run of runs) for (const key of run) if (!all.includes(key)) all.push(key);
  const before = (a: T, b: T): number =>
    runs.filter((r) => r.includes(a) && r.includes(b) && r.indexOf(a) < r.indexOf(b)).length;
  const meanPosition = (key: T): number => {
    const seen = runs.filter((r) => r.includes(key));
    return seen.reduce((sum, r) => sum + r.indexOf(key) / Math.max(1, r.length - 1), 0) / seen.length;
  };
  const result: T[] = [...(runs[0] ?? [])];
  const others = all.filter((k) => !result.includes(k)).sort((a, b) => meanPosition(a) - meanPosition(b));
  for (const key of others) {
    let at = 0;
    result.forEach((placed, i) => {
      const mostlyBefore =
        before(placed, key) > before(key, placed) ||
        (before(placed, key) === before(key, placed) && meanPosition(placed) <= meanPosition(key));
      if (mostlyBefore) at = i + 1;
    });
    result.splice(at, 0, key);
  }
  return result;
}

/** `primary`, with the sections and projects only `extra` has added after their neighbours. */
export function appendMissing(primary: readonly SectionDef[], extra: readonly SectionDef[]): SectionDef[] {
  const out = primary.map((s) => ({ ...s, projects: s.projects.map((p) => ({ ...p, aliases: [...p.aliases] })) }));
  let previousSection: SectionDef | undefined;
  for (const section of extra) {
    let target = out.find((s) => s.name === section.name);
    if (!target) {
      target = { ...section, projects: [] };
      out.splice(previousSection ? out.indexOf(previousSection) + 1 : out.length, 0, target);
    }
    previousSection = target;
    let previousProject: ProjectDef | undefined;
    for (const project of section.projects) {
      const names = [project.name, ...project.aliases];
      let existing: ProjectDef | undefined;
      for (const name of names) existing ??= matchProject(target.projects, name);
      if (existing) {
        for (const name of names) {
          if (existing.name !== name && !existing.aliases.includes(name)) existing.aliases.push(name);
        }
        previousProject = existing;
        continue;
      }
      const copy = { ...project, aliases: [...project.aliases] };
      target.projects.splice(previousProject ? target.projects.indexOf(previousProject) + 1 : target.projects.length, 0, copy);
      previousProject = copy;
    }
  }
  return out;
}

/**
 * The project a heading names: the same name in any case, or a one-letter slip of a name five
 * letters or longer (the corpus has `### Tempst` once among seven `### Tempest`).
 */
function matchProject(projects: readonly ProjectDef[], name: string): ProjectDef | undefined {
  const exact = projects.find((p) => isKnownAs(p, name));
  if (exact) return exact;
  const key = name.toLowerCase();
  if (key.length < 5) return undefined;
  return projects.find((p) => p.name.length >= 5 && editDistanceAtMostOne(p.name.toLowerCase(), key));
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
