import type { ParsedIssue } from '../issue/issue-parser.ts';
import { formOf } from '../issue/entry-form.ts';
import { extractLinks } from '../markdown/markdown-links.ts';
import type { HeadingForm } from '../model/template.ts';
import { everyIssueKey } from './every-issue-headings.ts';
import { mostCommon } from './most-common.ts';
import { attributionDash } from '../issue/news-lines.ts';

/** An entry's opening that is one to three symbols and nothing else, no letter, digit or Markdown mark: `・`, `→ `. */
const SYMBOL_PHRASE = /^ {0,3}[^\p{L}\p{N}\s\\`*_[\]<>#|+\-=~!(){}'"&.,;:?/@$%^]{1,3}[ \t]?$/u;

/** How many of the newest issues writing a heading with entries are compared, at most. */
const SPAN = 5;
/** Fewer entries than this, in two issues or more, may say the same by chance (`We released [v1.107](…)`). */
const FEWEST = 3;
/** Longer than this, the words before a link are an entry's own sentence, not a set phrase. */
const LONGEST = 80;

/** How a heading's entries are all shaped, where they are (see `entryShapes`). */
export type EntryShape = Pick<HeadingForm, 'entryPhrase' | 'separator' | 'quoteCredit'>;

/**
 * How every entry of a heading is shaped, where two issues or more, three entries or more, agree
 * on it to the letter:
 * the phrase each opens with before its link (This Week in Rust's `This week's crate is [x](…),
 * a crate that…`, Haskell Weekly's `This week's package of the week is [x](…), …`, Swift Weekly
 * Brief's `And finally &mdash; [x](…)`) and what most of them write between the link and their
 * words (`, `); or a quote credited under it by a dash and a link (This Week in Rust's quote of
 * the week, `> words`, then `– [Jane on rust-users](…)`). Only paragraph entries: a list item's
 * words before its link are its own. Keyed by `everyIssueKey` (the heading's level and name).
 */
export function entryShapes(newestFirst: readonly ParsedIssue[]): Map<string, EntryShape> {
  const seen = new Map<string, { issues: number; shapes: string[]; separators: string[] }>();
  for (const parsed of newestFirst) {
    const here = new Map<string, { shapes: string[]; separators: string[] }>();
    let key: string | undefined;
    for (const segment of parsed.issue.body) {
      if (segment.kind === 'heading') key = everyIssueKey(segment);
      if (segment.kind !== 'item' || key === undefined) continue;
      const source = parsed.items[segment.order]?.source ?? '';
      const entry = here.get(key) ?? { shapes: [], separators: [] };
      here.set(key, entry);
      const credit = quoteCreditOf(source);
      const opening = credit === undefined ? phraseOf(source) : undefined;
      // An entry of neither shape (a list item, no link) says the heading has none.
      entry.shapes.push(credit !== undefined ? `credit:${credit}` : opening ? `phrase:${opening.phrase}` : '');
      if (opening?.separator !== undefined) entry.separators.push(opening.separator);
    }
    for (const [key, { shapes, separators }] of here) {
      const all = seen.get(key) ?? { issues: 0, shapes: [], separators: [] };
      if (all.issues >= SPAN) continue;
      seen.set(key, { issues: all.issues + 1, shapes: [...all.shapes, ...shapes], separators: [...all.separators, ...separators] });
    }
  }
  const out = new Map<string, EntryShape>();
  for (const [key, { issues, shapes, separators }] of seen) {
    const [shape] = shapes;
    if (issues < 2 || shapes.length < FEWEST || shape === undefined || shape === '' || shapes.some((p) => p !== shape)) continue;
    if (shape.startsWith('credit:')) {
      out.set(key, { quoteCredit: shape.slice('credit:'.length) });
      continue;
    }
    const separator = mostCommon(separators);
    out.set(key, { entryPhrase: shape.slice('phrase:'.length), ...(separator === undefined ? {} : { separator }) });
  }
  return out;
}

/**
 * How a quote that is the whole entry is credited under it: the dash and space before the link
 * on the line after the quote (`– `); undefined for any other entry.
 */
function quoteCreditOf(source: string): string | undefined {
  if (!/^ {0,3}>/.test(source)) return undefined;
  const lines = source.split('\n');
  const end = lines.findIndex((line) => !/^ {0,3}>/.test(line));
  if (end < 1 || (lines[end] ?? '').trim() !== '') return undefined;
  const credit = lines[end + 1] ?? '';
  const dash = attributionDash(credit);
  if (dash === undefined) return undefined;
  // The link comes right after the dash.
  const link = extractLinks(credit)[0];
  return link && credit.slice(0, link.start).trimStart() === dash ? dash : undefined;
}

/**
 * A paragraph entry's words before its first link (a phrase with a letter in it, on the first
 * line, not itself marked up), and what stands between the link and the words after it.
 */
function phraseOf(source: string): { phrase: string; separator: string | undefined } | undefined {
  const end = source.indexOf('\n');
  const line = end === -1 ? source : source.slice(0, end);
  // No inline link on its first line (most entries of most digests): nothing to tell.
  if (!line.includes('](') || formOf(source)?.grammar !== 'paragraph') return undefined;
  const link = extractLinks(line)[0];
  if (!link || link.kind !== 'inline') return undefined;
  const phrase = line.slice(0, link.start);
  // Words, or a symbol alone that no list marks (Japanese weeklies' `・[title](…)`).
  if (phrase.length > LONGEST || !(/\p{L}/u.test(phrase) || SYMBOL_PHRASE.test(phrase)) || /[[\]()`*_<>]/.test(phrase)) return undefined;
  // After the link, a mark, or a line break (`・[title](…)  ` and the words on the next line).
  const after = /^(\s*(?:[,，:：;；]|&mdash;|[—–-])\s*|[ \t]{2,}\n|\\\n)(?=\S)/.exec(source.slice(link.end));
  return { phrase, separator: after?.[1] };
}
