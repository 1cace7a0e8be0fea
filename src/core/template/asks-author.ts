import type { Template } from '../model/template.ts';

/**
 * Whether the digest's new entries name their page's author (after the link, `by {author}`, or
 * crediting it over a quote, `{author} reports`), all of them or those of a heading that does
 * (Haskell Weekly's "Featured"): the capture form asks for one.
 */
export function asksAuthor(template: Pick<Template, 'items' | 'sections'> | undefined): boolean {
  if (template === undefined) return false;
  if (template.items.byline !== undefined || template.items.credit !== undefined) return true;
  return template.sections.some((s) => s.byline !== undefined || s.projects.some((p) => p.byline !== undefined));
}
