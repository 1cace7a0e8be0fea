import { HTML_HEADING_OPEN } from '../markdown/html-heading.ts';

/**
 * The level of the heading an entry opens with (`### [title](…)`, `<h3>…`), where it opens with
 * one. Such an entry closes the headings at its level and below, as a heading would: the entries
 * after it belong to the heading over both (`### [Veloren]`, read as a subsection, is no
 * subsection over the next game's `### [Scale]` entry).
 */
export function entryHeadingLevel(source: string | undefined): number | undefined {
  if (source === undefined) return undefined;
  const atx = /^ {0,3}(#{1,6})(?:[ \t\n]|$)/.exec(source);
  if (atx) return (atx[1] as string).length;
  const html = HTML_HEADING_OPEN.exec(source);
  return html ? Number(html[1]) : undefined;
}

/**
 * The form entries under their own headings take under a heading at `level`: their heading one
 * level below it where the digest's would stand at its level or above (a digest of `## [title](…)`
 * entries and no sections, one filed under a section the editor added): written at the digest's
 * level, such an entry would close that heading and be read back outside it.
 */
export function entriesUnder<T extends { items: { grammar: string; marker: string } }>(form: T, level: number): T {
  const marker = /^(#{1,6})([ \t].*)$/s.exec(form.items.marker);
  if (form.items.grammar !== 'heading' || !marker || (marker[1] as string).length > level || level >= 6) return form;
  return { ...form, items: { ...form.items, marker: '#'.repeat(level + 1) + (marker[2] as string) } };
}
