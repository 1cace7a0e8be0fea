/**
 * A symbol an entry opens with after its list marker to say what kind of page it links (This Week
 * in React's `📜` article, `📦` release, `🐦` post): emoji and other symbols, with their
 * variation selectors and joiners, then a space. Not a letter, digit, punctuation, Markdown's own
 * marks or an opening bracket (`[`, a link).
 */
const KIND_TOKEN = /^(?:[^\p{L}\p{N}\p{P}\s\\`*_[\]<>#|+\-=~$^])(?:[^\p{L}\p{N}\p{P}\s\\`*_[\]<>#|+\-=~$^]|\u200d){0,7}(?=[ \t]+\S)/u;

/** At most this many kinds are learned or kept: a digest with more is marking something else. */
export const MOST_KINDS = 16;

/** The kind symbol a text opens with, whatever the digest's kinds. */
export function kindTokenOf(text: string): string | undefined {
  return KIND_TOKEN.exec(text)?.[0];
}

/** Whether a text is one kind's symbol, as an entry would open with it. */
export function isEntryKind(text: string): boolean {
  return kindTokenOf(`${text} x`) === text;
}

/** The kinds a text lists, separated by white space: each a symbol (see `isEntryKind`), once. */
export function entryKindsIn(text: string): string[] {
  return [...new Set(text.split(/\s+/).filter(isEntryKind))];
}

/** The kind an entry's words open with, among those the digest marks entries with. */
export function entryKindOf(words: string, kinds: readonly string[] | undefined): string | undefined {
  if (!kinds || kinds.length === 0) return undefined;
  const kind = kindTokenOf(words.trimStart());
  return kind !== undefined && kinds.includes(kind) ? kind : undefined;
}
