import { BYLINE_LINE, bylineLineForm } from '../issue/byline-line.ts';
import { LINK_TEXT } from '../markdown/markdown-links.ts';
import { TASK_BOX_MARK } from '../model/entry-kind.ts';
import type { ItemStyle } from '../model/template.ts';
import { QUOTED_ENTRY } from '../issue/item-grammar.ts';
import { mostCommon } from './most-common.ts';

/**
 * A short badge between the link and a dash (a repository's stars, `⭐ 1.2k`; `🔥`, `#4103`):
 * figures or symbols, never words, which would be a sentence running on after the link.
 */
const BADGE = String.raw`[^\p{L}\s\[\]()<>*_\x60\\\-–—:：][^\n\[\]()<>—–]{0,23}?(?=[ \t]+[-–—][ \t])`;
/** A link in HTML, `<a href="url">title</a>` (pasted from a newsletter's HTML): its address is `href`. */
const HTML_ANCHOR = String.raw`<a\s[^>]*?href=(?<quote>["'])(?<href>[^"'>]*)\k<quote>[^>]*>[^<]*<\/a>`;

/**
 * An entry's opening: its marker, its link (`url`), what the digest writes after it about the
 * page (`note`: its site in brackets, its author after `by`, linked or not, or a badge) and the `separator` before the
 * words: on the link's line (a dash, a colon, or another mark: `·`, `|`, `~`, `→`, `»`, a comma), or on the next line or the one after a blank line (Haskell Weekly's
 * `-   [title](url) by Jane`, a blank line, `    > words`); or a space alone where the words run
 * on as a sentence's (`- [#19862](…) changed the behavior …`); or a bracket the words stand in,
 * with its label (`（译注：…）`, `(Note: …)`; closed after the words, see `wordsAfter`). What
 * stands before the link (`lead`) is one symbol or word, a task list's box (`- [ ] [title](…)`), or
 * a few words and a colon (who wrote the page: `- Jane Doe: [title](…) — words`).
 */
const ENTRY_OPENING = new RegExp(
  String.raw`^(?:\s*(?:[*+-]|\d+[.)、]|<li(?:\s[^>]*)?>)\s*)?(?<lead>(?:${TASK_BOX_MARK}|\S+)\s+|[^\s\[\]()<>*_][^\n\[\]()<>]{0,38}?(?::\s+|：\s*))?(\*\*|__)?(?:${LINK_TEXT}\((?<url>[^)]*)\)|${HTML_ANCHOR})\2(?:` +
    String.raw`[ \t]+(?<note>[*_]?\([^()\n]{1,80}\)[*_]?|(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+(?=[ \t]*\n)|by[ \t](?:${LINK_TEXT}\([^()\s]*\)|[^\n—–:：]{1,60}?)(?=[ \t]+[-–—][ \t]|[:：]|[ \t]*\n)|${BADGE}))?(?<separator>[ \t]*(?:\\?[-–—]|[:：·|~→»,，])[ \t]*|[ \t]*<br[ \t]*\/?>[ \t]*(?:\n[ \t]*)?|\\\n[ \t]*|[ \t]*（(?:[^（）\n:：]{1,8}[:：])?|[ \t]*\([^()\n:：]{1,12}[:：][ \t]*|[ \t]*\n(?:[ \t]*\n)?[ \t]*|[ \t]+(?=[\p{Ll}\p{Lo}]))\S`,
  'u',
);

/** A list entry that names its page's author after its link: `- [title](url) by Jane Doe`. */
const BYLINE = new RegExp(String.raw`^\s*(?:[*+-]|\d+[.)])[ \t]+(\*\*|__)?${LINK_TEXT}\([^)]*\)\1[ \t]+by[ \t]+\S[^\n]{0,60}?(?=[ \t]*(?:\n|$|[-–—][ \t]|[:：]))`);

/** A line that is only a link: an entry's further link, not its words. */
const LINK_ALONE = new RegExp(String.raw`^(?:${LINK_TEXT}\([^)]*\)|<[^>\s]+>|https?:\/\/\S+)[ \t]*$`);

/** The openings of those entries that open with their link and have words after it. */
export function entryOpenings(sources: readonly string[]): RegExpExecArray[] {
  return sources.flatMap((s) => {
    const m = ENTRY_OPENING.exec(s);
    // Words that run on after a space are the entry's own only where it opens with its link: after
    // a word (`The [summit](…) moves online`) the link stands inside a sentence.
    return m && !(m.groups?.lead !== undefined && /^[ \t]+$/.test(m.groups.separator as string)) ? [m] : [];
  });
}

/**
 * What stands between an opening's link and its words, as a new entry writes it: as written on
 * the link's line (` — `, `: `, `<br>`); a line break, or two where a blank line sets the words
 * under the link apart. A break the digest marks (`<br>`, a backslash or two spaces at the line's
 * end) is kept: without it the words would run on as the link's line when rendered.
 */
export function separatorOf(opening: RegExpExecArray): string {
  const written = opening.groups?.separator as string;
  if (!written.includes('\n')) return written;
  if (/\n[ \t]*\n/.test(written)) return '\n\n';
  // Under a byline on the line under the link (`— Jane Doe`), the words stand a blank line down:
  // a new entry's, with no byline, stand so under its link.
  const next = opening.input.slice(opening.index + opening[0].length - 1).split('\n');
  if (next.length > 2 && BYLINE_LINE.test(next[0] as string) && (next[1] as string).trim() === '') return '\n\n';
  const br = /<br[ \t]*\/?>/.exec(written)?.[0];
  if (br !== undefined) return `${br}\n`;
  if (written.startsWith('\\')) return '\\\n';
  return / {2}[ \t]*\n/.test(written) ? '  \n' : '\n';
}

/**
 * The separator most entries write, or undefined for none: words under the link count together
 * first (one line down or a blank line down, they are the same choice against the line's own
 * ` — `), then the spacing most of those take.
 */
export function mostCommonSeparator(separators: readonly string[]): string | undefined {
  const family = mostCommon(separators.map((s) => (s.includes('\n') ? '\n' : s)));
  return family === '\n' ? mostCommon(separators.filter((s) => s.includes('\n'))) : family;
}

/**
 * Where entries name their page's author, how new ones name theirs: after the link in a list
 * (`- [title](url) by Jane Doe`: `by {author}`), on the line under it with a blank line after
 * (Pointer's `**[title](…)**`, `— Jane Doe`: `\n— {author}`, the form opening with its line
 * break), or before it with a colon (`- Jane Doe: [title](…) — words`: `{author}: `, the form
 * ending with what stands before the link). A third is enough, as entries with no author (a job
 * ad, an issue) name none.
 */
export function bylineOf(sources: readonly string[], openings: readonly RegExpExecArray[]): string | undefined {
  // Names before the link are authors where they differ from entry to entry: one word most
  // entries open with (`Video: `, `RFC: `) labels their kind.
  const leads = openings.flatMap((opening) => {
    const lead = bylineUnder(opening) === undefined ? AUTHOR_LEAD.exec(opening.groups?.lead ?? '') : null;
    return lead ? [lead] : [];
  });
  const names = leads.map((m) => m[0].replace(/[:：][ \t]*$/, ''));
  const named = new Set(names).size >= 2 && names.filter((n) => n === mostCommon(names)).length * 2 <= names.length;
  const forms = [
    ...sources.filter((s) => BYLINE.test(s)).map(() => 'by {author}'),
    ...openings.flatMap((opening) => {
      const under = bylineUnder(opening);
      return under === undefined ? [] : [`\n${under}`];
    }),
    ...(named ? leads.map((m) => `{author}${m[1] as string}`) : []),
  ];
  return forms.length >= 2 && forms.length * 3 >= sources.length ? mostCommon(forms) : undefined;
}

/**
 * A name and a colon before an entry's link (`Jane Doe: `, `Ana: `): one to four words, each
 * opening with a capital or written in a script without capitals; what follows the name kept.
 */
const AUTHOR_LEAD = /^(?:\p{Lu}[\p{L}'’.-]*|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,8})(?:[ \t](?:\p{Lu}[\p{L}'’.-]*|van|von|de|da|del|di|le|la|bin)){0,3}([:：][ \t]*)$/u;

/** Whether a byline form stands before the entry's link (`{author}: `), not after it. */
export function isLeadByline(form: string): boolean {
  return form.startsWith('{author}');
}

/** The form of the byline on the line under an entry's opening link, a blank line or the entry's end after it. */
function bylineUnder(opening: RegExpExecArray): string | undefined {
  if (opening.groups?.note !== undefined || !/^[ \t]*\n[ \t]*$/.test(opening.groups?.separator as string)) return undefined;
  const [line, after] = opening.input.slice(opening.index + opening[0].length - 1).split('\n');
  return after === undefined || after.trim() === '' ? bylineLineForm(line as string) : undefined;
}

/**
 * Where most of the entries whose words stand under their link hold them in a list nested there
 * (`- [title](url)` / `  - words`) or a quote (`  > words`): its marker. A nested item that is
 * only a link is one of the entry's further links, not its words; an entry set as a block quote
 * whole is quoted by its own marks.
 */
export function wordsMarkerOf(openings: readonly RegExpExecArray[]): ItemStyle['wordsMarker'] {
  const under = openings.filter((m) => (m.groups?.separator as string).includes('\n') && !QUOTED_ENTRY.test(m.input));
  const nested = under.flatMap((m) => {
    const line = (m.input.slice(m.index + m[0].length - 1).split('\n')[0] as string).trimEnd();
    if (/^>(?:[ \t]|$)/.test(line)) return ['> ' as const];
    const listed = /^([*+-])[ \t]+(\S.*)$/.exec(line);
    return listed && !LINK_ALONE.test(listed[2] as string) ? [`${listed[1] as '*' | '-' | '+'} ` as const] : [];
  });
  return nested.length * 2 > under.length ? mostCommon(nested) : undefined;
}
