import { htmlHeading } from './html-heading.ts';

/**
 * A collapsible part's opening, alone in its HTML block (`<details>`, `<summary>Articles</summary>`:
 * GitHub folds what follows, to its `</details>`): the summary's text, the part's name; undefined
 * for any other HTML.
 */
export function summaryHeadingText(content: string): string | undefined {
  const m = SUMMARY_OPENING.exec(content);
  // (Its text as an HTML heading's is read: tags inside it dropped, entities read.)
  return m ? htmlHeading(`<h2>${m[2] as string}</h2>`)?.text : undefined;
}

/** A line that opens a collapsible part (`<details>`, `<details open>`): its HTML block runs to a blank line. */
export const SUMMARY_OPEN = /^ {0,3}<details(?:\s[^>]*)?>/i;

const SUMMARY_OPENING = /^( {0,3}<details(?:\s[^>]*)?>\s*<summary(?:\s[^>]*)?>)((?:(?!<\/?summary)[\s\S])*)<\/summary>\s*$/i;

/** The tags a summary's words stand in, opening and closing: `<b>`, `</b>`. */
const WRAPPING_TAGS = /^(\s*(?:<[a-z][a-z0-9]*(?:\s[^<>]*)?>\s*)+)[^<>]*?(\s*(?:<\/[a-z][a-z0-9]*\s*>\s*)+)$/i;

/** What closes a collapsible part, written after its entries. */
export const SUMMARY_CLOSING = '</details>';

/**
 * A new part's opening as its siblings' are written (`<details>`, `<summary>Papers</summary>`,
 * their attributes and line breaks kept), named `name`; undefined where `sibling` is none.
 */
export function asSummary(sibling: string, name: string): string | undefined {
  const m = SUMMARY_OPENING.exec(sibling);
  if (!m || summaryHeadingText(sibling) === undefined) return undefined;
  const escaped = name.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] as string);
  // The tags its words stand in (`<b>Tools</b>`) stand around the new name; anything else the
  // sibling's summary holds (an emoji, words of its own) is the sibling's.
  const [, open = '', close = ''] = WRAPPING_TAGS.exec(m[2] as string) ?? [];
  return `${m[1] as string}${open}${escaped}${close}</summary>`;
}
