import type { GroupKey, Item } from '../model/item.ts';
import { ENTRY_DRESSING, isKnownAs, type ItemGrammar, type ProjectDef, type SectionDef, type Template } from '../model/template.ts';
import { isListBullet } from './heading-markers.ts';

/** A change to the sections and projects, as the options page makes them. */
export type TaxonomyChange =
  | { kind: 'add-section'; name: string }
  | { kind: 'add-project'; section: string | null; name: string }
  | { kind: 'rename-section'; from: string | null; to: string }
  | { kind: 'rename-project'; section: string | null; from: string; to: string }
  | { kind: 'move-section'; name: string | null; delta: -1 | 1 }
  | { kind: 'move-project'; section: string | null; name: string; delta: -1 | 1 }
  | { kind: 'toggle-section'; name: string | null }
  | { kind: 'toggle-project'; section: string | null; name: string }
  /** Several at once (the headings the digest stopped using): each hidden, none shown. */
  | { kind: 'hide'; headings: GroupKey[] }
  /**
   * How a section's new entries are written (or, with `project`, a heading's under it): in a
   * grammar of their own, or the digest's way (its own grammar, or null).
   */
  | { kind: 'write-as'; section: string | null; project?: string; grammar: ItemGrammar | null }
  /** A heading's entries dressed the digest's way again: what was learned of its own forgotten (see ENTRY_DRESSING). */
  | { kind: 'plain-form'; section: string | null; project: string | null }
  /** Whether a new issue writes the heading (a section's, or a project's under it) though nothing is queued under it. */
  | { kind: 'every-issue'; section: string | null; project: string | null; every: boolean };

export type TaxonomyProblem = 'empty-name' | 'duplicate-name' | 'not-found';

const clone = (sections: readonly SectionDef[]): SectionDef[] =>
  sections.map((s) => ({ ...s, projects: s.projects.map((p) => ({ ...p, aliases: [...p.aliases] })) }));

function move<T>(list: T[], index: number, delta: -1 | 1): void {
  const to = index + delta;
  if (index < 0 || to < 0 || to >= list.length) return;
  [list[index], list[to]] = [list[to] as T, list[index] as T];
}

/**
 * The template after a change, or the problem with it. A renamed project keeps its old name as an
 * alias, so items published under it are still filed with it.
 */
export function editTaxonomy(template: Template, change: TaxonomyChange): Template | TaxonomyProblem {
  const sections = clone(template.sections);
  const section = (name: string | null): SectionDef | undefined => sections.find((s) => s.name === name);
  // A section's own heading (project null), or a project's under it.
  const heading = (name: string | null, project: string | null | undefined): SectionDef | ProjectDef | undefined =>
    project === null || project === undefined ? section(name) : section(name)?.projects.find((p) => p.name === project);
  const nameOf = (text: string): string | TaxonomyProblem => (text.trim() === '' ? 'empty-name' : text.trim());
  switch (change.kind) {
    case 'add-section': {
      const name = nameOf(change.name);
      if (name === 'empty-name') return name;
      if (section(name)) return 'duplicate-name';
      sections.push({ name, hidden: false, projects: [] });
      break;
    }
    case 'add-project': {
      const name = nameOf(change.name);
      if (name === 'empty-name') return name;
      const target = section(change.section);
      if (!target) return 'not-found';
      if (target.projects.some((p) => isKnownAs(p, name))) return 'duplicate-name';
      target.projects.push({ name, aliases: [], hidden: false });
      break;
    }
    case 'rename-section': {
      const to = nameOf(change.to);
      if (to === 'empty-name') return to;
      const target = section(change.from);
      if (!target) return 'not-found';
      if (to !== change.from && section(to)) return 'duplicate-name';
      target.name = to;
      break;
    }
    case 'rename-project': {
      const to = nameOf(change.to);
      if (to === 'empty-name') return to;
      const project = section(change.section)?.projects.find((p) => p.name === change.from);
      if (!project) return 'not-found';
      const others = section(change.section)?.projects.filter((p) => p !== project) ?? [];
      if (others.some((p) => p.name.toLowerCase() === to.toLowerCase())) return 'duplicate-name';
      project.aliases = [...new Set([...project.aliases, change.from])].filter((a) => a !== to);
      project.name = to;
      break;
    }
    case 'move-section':
      move(sections, sections.findIndex((s) => s.name === change.name), change.delta);
      break;
    case 'move-project': {
      const target = section(change.section);
      if (!target) return 'not-found';
      move(target.projects, target.projects.findIndex((p) => p.name === change.name), change.delta);
      break;
    }
    case 'toggle-section': {
      const target = section(change.name);
      if (!target) return 'not-found';
      target.hidden = !target.hidden;
      break;
    }
    case 'toggle-project': {
      const project = section(change.section)?.projects.find((p) => p.name === change.name);
      if (!project) return 'not-found';
      project.hidden = !project.hidden;
      break;
    }
    case 'write-as': {
      const target = heading(change.section, change.project);
      if (!target) return 'not-found';
      const own = change.grammar === null || change.grammar === template.items.grammar;
      if (own) delete target.grammar;
      else target.grammar = change.grammar as ItemGrammar;
      // A heading's marks (`### `) are a marker only for entries under headings of their own, and
      // a list's bullet among entries that are not list items makes them list items: neither
      // stays when the entries are written otherwise. A symbol (`🔗 `) stays.
      const bullet = target.marker !== undefined && isListBullet(target.marker) && template.items.grammar !== 'bullet';
      if ((target.marker?.startsWith('#') && target.grammar !== 'heading') || (bullet && change.grammar !== 'bullet')) delete target.marker;
      break;
    }
    case 'plain-form': {
      const target = heading(change.section, change.project);
      if (!target) return 'not-found';
      for (const key of ENTRY_DRESSING) delete target[key];
      break;
    }
    case 'every-issue': {
      const target = heading(change.section, change.project);
      if (!target) return 'not-found';
      // Taken off, the mark stays said (false): an update that marks a digest's headings from its
      // issues leaves a digest whose editor has said alone.
      target.everyIssue = change.every;
      break;
    }
    case 'hide':
      for (const group of change.headings) {
        const target = heading(group.section, group.project);
        if (!target) return 'not-found';
        target.hidden = true;
      }
      break;
  }
  return { ...template, sections };
}

/** Queued items that a rename moves under the new name; published items keep what they were published under. */
export function itemsFollowingRename(items: readonly Item[], change: TaxonomyChange): Item[] {
  if (change.kind === 'rename-section') {
    return items.filter((i) => i.issue === null && i.section === change.from).map((i) => ({ ...i, section: change.to.trim() }));
  }
  if (change.kind === 'rename-project') {
    return items
      .filter((i) => i.issue === null && i.section === change.section && i.project === change.from)
      .map((i) => ({ ...i, project: change.to.trim() }));
  }
  return [];
}
