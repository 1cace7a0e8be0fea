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
