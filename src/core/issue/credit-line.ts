import { wordCount } from './word-count.ts';
import { ATTRIBUTION } from './news-lines.ts';
import { isGenericLinkText } from './generic-link-text.ts';

/** The most words a credit line holds besides its link's: a name and a verb (`Kévin Commaille announces`). */
const CREDIT_WORDS = 5;
/** Longer than this, a line is a sentence, and not looked into (a link pattern on a long line costs). */
const CREDIT_CHARS = 160;
/** A link, its text holding brackets one deep (This Week in Matrix's `[Aine [don't DM]](…) says`). */
const LINK = /\[((?:[^[\]\n]|\[[^[\]\n]*\])*)\]\([^()\s]*\)/g;
/** An address written as itself (`<https://…>`, `https://…`): it names a page, never who wrote. */
const ADDRESS = /<[a-z][a-z0-9+.-]*:[^<>\s]*>|\b[a-z][a-z0-9+.-]*:\/\/\S+/gi;

/**
 * Whether a one-line paragraph credits who wrote what follows it: a name, linked or not, and a
 * word or two (This Week in GNOME's `[Philip Withnall](https://matrix.to/…) reports`, This Week
 * in Matrix's `Danielle says`), with no sentence's end. The quote under such a line is its words.
 */
export function isCreditLine(line: string): boolean {
  const text = line.trim();
  // (A line opening with a dash credits what stands before it: `– [Jane](…)`.)
  if (text === '' || text.length > CREDIT_CHARS || /^(?:[>#|*+-]|\d+[.)])/.test(text) || ATTRIBUTION.test(text)) return false;
  // Words set wholly in brackets are an aside (`（完，第十三期）`, `(Sponsored)`), never a name.
  if (/^[(（[【][^\n]*[)）\]】]$/.test(text)) return false;
  // A name and a verb end no sentence, at the line's end or inside it (`Great news. 😄` is words;
  // a name's initial or title is no sentence's end: `Mateus R. Costa`, `Dr. Jane Doe`).
  if (/[.!?。！？…:：]$|\p{Ll}{2}[.]\s|[!?]\s|[。！？]/u.test(text.replace(LINK, '$1'))) return false;
  // Nor does an address given after a label (`链接：https://…`, `Source: <https://…>`): a page.
  if (/[:：][ \t]*<?https?:\/\/[^\s<>]+>?$/.test(text)) return false;
  // A link whose text names no one (`… [Link](…)`) ends words about a page; it credits no one.
  if ([...text.matchAll(LINK)].some((m) => isGenericLinkText(m[1] as string))) return false;
  const words = text.replace(LINK, '$1').replace(ADDRESS, '');
  return (text.match(LINK) ?? []).length <= 1 && wordCount(words) >= 1 && wordCount(words) <= CREDIT_WORDS;
}

/**
 * How an entry credits who wrote it, where it is a credit line over a quote: the line with the
 * name as `{author}` (`[Alain](…) announces` → `{author} announces`; unlinked, the name is all
 * but the last word: `Danielle says` → `{author} says`). Undefined for any other entry.
 */
export function creditPattern(source: string): string | undefined {
  const m = /^([^\n]+)\n[ \t]*\n {0,3}>/.exec(source);
  const line = m?.[1]?.trim();
  if (line === undefined || !isCreditLine(line)) return undefined;
  if ((line.match(LINK) ?? []).length === 1) return line.replace(LINK, '{author}');
  const at = line.search(/\s\S+$/);
  return at === -1 ? undefined : `{author}${line.slice(at)}`;
}
