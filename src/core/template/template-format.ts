import { fieldValue, rawFor } from '../issue/front-matter.ts';
import type { ItemStyle, Template } from '../model/template.ts';

export type DateRangeStyle = 'MMDD' | 'MM.DD' | 'M.D';
export const DATE_RANGE_STYLES: readonly DateRangeStyle[] = ['MMDD', 'MM.DD', 'M.D'];

/** How a pattern writes its `{start}` and `{end}` dates; MMDD when it names neither. */
export function dateRangeStyleOf(pattern: string): DateRangeStyle {
  const format = /\{(?:start|end):([^}]*)\}/.exec(pattern)?.[1];
  return DATE_RANGE_STYLES.find((s) => s === format) ?? 'MMDD';
}

/** The pattern with its `{start}` and `{end}` dates written in `style`. */
export function withDateRangeStyle(pattern: string, style: DateRangeStyle): string {
  return pattern.replace(/\{(start|end)(?::[^}]*)?\}/g, `{$1:${style}}`);
}

export type DescriptionRule = 'title' | 'fixed' | 'empty' | 'none';

/** What `description:` says: the title, a fixed sentence, nothing, or there is no such field. */
export function descriptionRuleOf(template: Template): { rule: DescriptionRule; text: string } {
  const field = template.frontMatter.find((f) => f.key === 'description');
  if (!field) return { rule: 'none', text: '' };
  const value = fieldValue(field);
  if (value === '{title}') return { rule: 'title', text: '' };
  if (value === '') return { rule: 'empty', text: '' };
  return { rule: 'fixed', text: value };
}

export function withDescriptionRule(template: Template, rule: DescriptionRule, text: string): Template {
  const raw = rule === 'title' ? ' {title}' : rule === 'fixed' ? rawFor(text) : '';
  const others = template.frontMatter.filter((f) => f.key !== 'description');
  if (rule === 'none') return { ...template, frontMatter: others };
  const at = template.frontMatter.findIndex((f) => f.key === 'description');
  const frontMatter = [...template.frontMatter];
  if (at === -1) {
    const titleAt = frontMatter.findIndex((f) => f.key === 'title');
    frontMatter.splice(titleAt === -1 ? frontMatter.length : titleAt + 1, 0, { key: 'description', raw });
  } else {
    frontMatter[at] = { key: 'description', raw };
  }
  return { ...template, frontMatter };
}

/**
 * The template with the part written after a section's place in every issue (`after`) made
 * `text`; text with nothing but blanks in it takes the part away.
 */
export function withAfterPart(template: Template, section: string | null, text: string): Template {
  const sections = template.sections.map((s) => {
    if (s.name !== section) return s;
    const { after: _after, ...rest } = s;
    return text.trim() === '' ? rest : { ...rest, after: text };
  });
  return { ...template, sections };
}

/**
 * How entries are written, as the editor sets their grammar, marker or separator: an entry form
 * learned from the digest's HTML (`htmlForm`, which writes entries whatever the grammar says)
 * gives way to a grammar or marker the editor chose.
 */
export function withEntryWay(items: ItemStyle, change: Partial<Pick<ItemStyle, 'grammar' | 'marker' | 'separator'>>): ItemStyle {
  const { htmlForm: _form, ...rest } = items;
  return change.grammar !== undefined || change.marker !== undefined ? { ...rest, ...change } : { ...items, ...change };
}
