import type { ParsedIssue } from '../issue/issue-parser.ts';
import { formOf } from '../issue/entry-form.ts';
import { extractLinks } from '../markdown/markdown-links.ts';
import type { Segment } from '../model/issue.ts';
import type { HeadingForm } from '../model/template.ts';
import { everyIssueKey } from './every-issue-headings.ts';
import { mostCommon } from './most-common.ts';

type HeadingSegment = Extract<Segment, { kind: 'heading' }>;

/** How many of the newest issues writing a heading with entries are compared, at most. */
const SPAN = 5;
/** Longer than this, the words before a link are an entry's own sentence, not a set phrase. */
const LONGEST = 80;

/**
 * The phrase every entry of a heading opens with before its link, where two issues or more
 * agree on it to the letter (This Week in Rust's `This week's crate is [x](…), a crate that…`,
 * Haskell Weekly's `This week's package of the week is [x](…), …`, Swift Weekly Brief's `And
 * finally &mdash; [x](…)`), and what most of them write between the link and their words (`, `).
 * Only paragraph entries: a list item's words before its link are its own. Keyed by
 * `everyIssueKey` (the heading's level and name).
 */
export function entryPhrases(newestFirst: readonly ParsedIssue[]): Map<string, Pick<HeadingForm, 'entryPhrase' | 'separator'>> {
  const seen = new Map<string, { issues: number; phrases: string[]; separators: string[] }>();
  for (const parsed of newestFirst) {
    const here = new Map<string, { phrases: string[]; separators: string[] }>();
    let heading: HeadingSegment | undefined;
    for (const segment of parsed.issue.body) {
      if (segment.kind === 'heading') heading = segment;
      if (segment.kind !== 'item' || heading === undefined) continue;
      const source = parsed.items[segment.order]?.source ?? '';
      const opening = phraseOf(source);
      const key = everyIssueKey(heading);
      const entry = here.get(key) ?? { phrases: [], separators: [] };
      here.set(key, entry);
      // An entry with no such opening (a list item, no link) says there is none.
      entry.phrases.push(opening?.phrase ?? '');
      if (opening?.separator !== undefined) entry.separators.push(opening.separator);
    }
    for (const [key, { phrases, separators }] of here) {
      const all = seen.get(key) ?? { issues: 0, phrases: [], separators: [] };
      if (all.issues >= SPAN) continue;
      seen.set(key, { issues: all.issues + 1, phrases: [...all.phrases, ...phrases], separators: [...all.separators, ...separators] });
    }
  }
  const out = new Map<string, Pick<HeadingForm, 'entryPhrase' | 'separator'>>();
  for (const [key, { issues, phrases, separators }] of seen) {
    const [phrase] = phrases;
    if (issues < 2 || phrase === undefined || phrase === '' || phrases.some((p) => p !== phrase)) continue;
    const separator = mostCommon(separators);
    out.set(key, { entryPhrase: phrase, ...(separator === undefined ? {} : { separator }) });
  }
  return out;
}

/**
 * A paragraph entry's words before its first link (a phrase with a letter in it, on the first
 * line, not itself marked up), and what stands between the link and the words after it.
 */
function phraseOf(source: string): { phrase: string; separator: string | undefined } | undefined {
  if (formOf(source)?.grammar !== 'paragraph') return undefined;
  const line = source.split('\n')[0] as string;
  const link = extractLinks(line)[0];
  if (!link || link.kind !== 'inline') return undefined;
  const phrase = line.slice(0, link.start);
  if (phrase.length > LONGEST || !/\p{L}/u.test(phrase) || /[[\]()`*_<>]/.test(phrase)) return undefined;
  const after = /^(\s*(?:[,，:：;；]|&mdash;|[—–-])\s*)(?=\S)/.exec(line.slice(link.end));
  return { phrase, separator: after?.[1] };
}
