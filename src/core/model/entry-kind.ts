/** A task list's box, as a pattern: `[ ]` to do, `[x]` done (GitHub's Markdown reads `[X]` too). */
export const TASK_BOX_MARK = String.raw`\[[ xX]\]`;

/**
 * A symbol an entry opens with after its list marker to say what kind of page it links (This Week
 * in React's `📜` article, `📦` release, `🐦` post): emoji and other symbols, with their
 * variation selectors and joiners, then a space. Not a letter, digit, punctuation, Markdown's own
 * marks or an opening bracket (`[`, a link). Or a task list's box (`[ ]`, `[x]`): whether the
 * entry is done is a kind the editor picks as well.
 */
const SYMBOL = String.raw`[^\p{L}\p{N}\p{P}\s\\${'`'}*_[\]<>#|+\-=~$^]`;
const KIND_TOKEN = new RegExp(String.raw`^(?:${TASK_BOX_MARK}|${SYMBOL}(?:${SYMBOL}|\u200d){0,7})(?=[ \t]+\S)`, 'u');

const TASK_BOX = new RegExp(`^${TASK_BOX_MARK}$`);
const KINDS_LISTED = new RegExp(String.raw`${TASK_BOX_MARK}|\S+`, 'g');

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

/** Whether a kind is a task list's box (`[ ]`, `[x]`) rather than a symbol. */
export function isTaskBox(kind: string): boolean {
  return TASK_BOX.test(kind);
}

/** The kinds a text lists, separated by white space: each a symbol (see `isEntryKind`) or a task box, once. */
export function entryKindsIn(text: string): string[] {
  return [...new Set((text.match(KINDS_LISTED) ?? []).filter(isEntryKind))];
}

/** The kind an entry's words open with, among those the digest marks entries with. */
export function entryKindOf(words: string, kinds: readonly string[] | undefined): string | undefined {
  if (!kinds || kinds.length === 0) return undefined;
  const kind = kindTokenOf(words.trimStart());
  if (kind === undefined) return undefined;
  // A box is ticked either way (`[x]`, `[X]`): the digest's kind is the one it learned.
  return isTaskBox(kind) ? kinds.find((k) => k.toLowerCase() === kind.toLowerCase()) : kinds.includes(kind) ? kind : undefined;
}
