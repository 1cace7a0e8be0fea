import { fieldValue, rawFor, renderFrontMatter } from './front-matter.ts';
import type { Heading, Issue } from '../model/issue.ts';
import { groupKeyOf, sameGroup, type GroupKey, type Item } from '../model/item.ts';
import type { Link } from '../model/link.ts';
import {
  encodeAutolinkUrl,
  encodeLinkDestination,
  escapeLinkText,
  escapeMarkdownText,
  safeComment,
} from '../markdown/markdown-escape.ts';
import { collectLinkDefinitions, extractLinks, parseLinkLine, type LinkDefinitions } from '../markdown/markdown-links.ts';
import { formatPattern } from './pattern.ts';
import type { Template } from '../model/template.ts';
import { sameLink } from '../url/url-canonical.ts';

interface Chunk {
  text: string;
  blankBefore: boolean;
  heading?: Heading;
}

/**
 * Writes an issue as the blog's Markdown: front matter, preamble, headings and items, trailer.
 * A published issue whose items still sit where they were imported is written back heading for
 * heading; otherwise (a draft, or an edited issue) items are grouped in the template's order.
 */
export function renderIssue(issue: Issue, items: readonly Item[], template: Template): string {
  const chunks: Chunk[] = [{ text: renderFrontMatter(frontMatterOf(issue)), blankBefore: false }];
  if (issue.preamble !== '') chunks.push({ text: issue.preamble, blankBefore: issue.blankAfterFrontMatter });
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const definitions = collectLinkDefinitions(issue.trailer.split('\n'));
  const render = (item: Item): string => renderItem(item, template, definitions);
  const body = keepsImportedLayout(issue.outline, sorted)
    ? importedLayout(issue.outline, sorted, render)
    : groupedLayout(issue.outline, sorted, template, render);
  if (body[0] && issue.preamble === '') body[0].blankBefore = issue.blankAfterFrontMatter;
  chunks.push(...body);
  if (issue.trailer !== '') {
    const last = chunks.at(-1);
    chunks.push({ text: issue.trailer, blankBefore: last?.heading ? last.heading.blankAfter : true });
  }
  return chunks.map((c, i) => (i === 0 ? '' : c.blankBefore ? '\n\n' : '\n') + c.text).join('') + '\n';
}

function frontMatterOf(issue: Issue): Issue['frontMatter'] {
  return issue.frontMatter.map((field) =>
    field.key === 'title' && fieldValue(field) !== issue.title ? { key: 'title', raw: rawFor(issue.title) } : field,
  );
}

/** The heading each item falls under by position, when every item still belongs to it. */
function keepsImportedLayout(outline: readonly Heading[], items: readonly Item[]): boolean {
  if (outline.length === 0) return false;
  let h = -1;
  for (const item of items) {
    while (h + 1 < outline.length && (outline[h + 1] as Heading).at <= item.order) h++;
    const heading = outline[h];
    if (!heading || !sameGroup(heading, item)) return false;
  }
  return true;
}

function importedLayout(outline: readonly Heading[], items: readonly Item[], render: (item: Item) => string): Chunk[] {
  const chunks: Chunk[] = [];
  let next = 0;
  outline.forEach((heading, h) => {
    chunks.push({ text: headingLine(heading.level, heading.text), blankBefore: heading.blankBefore, heading });
    const until = outline[h + 1]?.at ?? Infinity;
    let first = true;
    while (next < items.length && (items[next] as Item).order < until) {
      chunks.push({ text: render(items[next] as Item), blankBefore: first ? heading.blankAfter : true });
      first = false;
      next++;
    }
  });
  return chunks;
}

function groupedLayout(
  outline: readonly Heading[],
  items: readonly Item[],
  template: Template,
  render: (item: Item) => string,
): Chunk[] {
  const chunks: Chunk[] = [];
  const byGroup = new Map<string, Item[]>();
  for (const item of items) {
    const key = groupKeyOf(item);
    const list = byGroup.get(key);
    if (list) list.push(item);
    else byGroup.set(key, [item]);
  }
  const pushHeading = (level: number, text: string): void => {
    const previous = chunks.at(-1);
    chunks.push({
      text: headingLine(level, text),
      blankBefore: previous?.heading ? template.blankBetweenHeadings : true,
      heading: {
        level,
        text,
        section: null,
        project: null,
        at: 0,
        blankBefore: true,
        blankAfter: template.blankAfterHeading,
      },
    });
  };
  const pushItems = (list: readonly Item[]): void => {
    list.forEach((item, i) => {
      const afterHeading = i === 0 && chunks.at(-1)?.heading !== undefined;
      chunks.push({ text: render(item), blankBefore: afterHeading ? template.blankAfterHeading : true });
    });
  };
  const known = (key: GroupKey): Heading | undefined => outline.find((h) => sameGroup(h, key));
  for (const section of orderedSections(outline, items, template)) {
    if (section.name !== null) {
      const heading = known({ section: section.name, project: null });
      pushHeading(heading?.level ?? template.sectionLevel, section.name);
      pushItems(byGroup.get(groupKeyOf({ section: section.name, project: null })) ?? []);
    }
    for (const project of section.projects) {
      const key = { section: section.name, project };
      const list = byGroup.get(groupKeyOf(key));
      if (!list) continue;
      const heading = known(key);
      pushHeading(heading?.level ?? (section.name === null ? template.sectionLevel : template.projectLevel), heading?.text ?? project);
      pushItems(list);
    }
  }
  // Items with no heading at all (no section, no project) stand first, as they would in a file.
  const loose = byGroup.get(groupKeyOf({ section: null, project: null }));
  if (loose) {
    const looseChunks = loose.map((item) => ({ text: render(item), blankBefore: true }));
    chunks.unshift(...looseChunks);
  }
  return chunks;
}

/**
 * Sections and, within each, projects that hold items: the template's order first, then those
 * the issue's own outline knows, then any others in the order their items come.
 */
function orderedSections(
  outline: readonly Heading[],
  items: readonly Item[],
  template: Template,
): { name: string | null; projects: string[] }[] {
  const used = items.filter((i) => i.section !== null || i.project !== null);
  const sections: { name: string | null; projects: string[] }[] = [];
  const sectionOf = (name: string | null): { name: string | null; projects: string[] } => {
    let found = sections.find((s) => s.name === name);
    if (!found) {
      found = { name, projects: [] };
      sections.push(found);
    }
    return found;
  };
  const wanted = (key: GroupKey): boolean => used.some((i) => sameGroup(i, key));
  const add = (key: GroupKey): void => {
    if (!wanted(key)) return;
    const section = sectionOf(key.section);
    if (key.project !== null && !section.projects.includes(key.project)) section.projects.push(key.project);
  };
  for (const section of template.sections) {
    add({ section: section.name, project: null });
    for (const project of section.projects) {
      add({ section: section.name, project: project.name });
      for (const alias of project.aliases) add({ section: section.name, project: alias });
    }
  }
  for (const heading of outline) add(heading);
  for (const item of used) add(item);
  return sections;
}

function headingLine(level: number, text: string): string {
  return `${'#'.repeat(level)} ${text}`;
}

/**
 * One item: its date lead-in and commentary, then each link not already in the commentary on a
 * line of its own after a hard line break.
 */
export function renderItem(item: Item, template: Template, definitions: LinkDefinitions = new Map()): string {
  const lead = item.dateText ?? (item.eventDate ? formatPattern(template.dateLeadIn, { date: item.eventDate }) : '');
  const comment = safeComment(item.comment);
  const inComment = extractLinks(comment, definitions).map((l) => l.url);
  const lineLinks = item.links.filter((l) => !l.inline && !inComment.some((url) => sameLink(url, l.url)));
  let head = comment;
  if (head.trim() === '' && inComment.length === 0) {
    const titled = item.links.find((l) => l.title.trim() !== '' && l.source === undefined);
    if (titled && template.linkStyle === 'angle') head = escapeMarkdownText(titled.title);
  }
  head = lead + head;
  const lines = lineLinks.map((link) => renderLinkLine(link, template, definitions));
  if (head.trim() !== '') lines.unshift(head);
  return lines.join('  \n');
}

export function renderLinkLine(link: Link, template: Template, definitions: LinkDefinitions = new Map()): string {
  if (link.source !== undefined) {
    const parsed = parseLinkLine(link.source, definitions);
    if (parsed && parsed.url === link.url && parsed.label === (link.label ?? '')) return link.source;
  }
  const label = link.label ?? '';
  if (template.linkStyle === 'titled' && link.title.trim() !== '') {
    return `${label}[${escapeLinkText(link.title)}](${encodeLinkDestination(link.url)})`;
  }
  return `${label}<${encodeAutolinkUrl(link.url)}>`;
}
