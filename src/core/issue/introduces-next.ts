import { endsInColon } from '../markdown/ends-in-colon.ts';
import { wordCount } from './word-count.ts';

/** The most words a credit line holds besides its link's: a name and a verb (`Kévin Commaille announces`). */
const CREDIT_WORDS = 5;
/** Longer than this, a line is a sentence, and not looked into (a link pattern on a long line costs). */
const CREDIT_CHARS = 160;
const LINK = /\[([^[\]\n]*)\]\([^()\s]*\)/g;

/**
 * Whether a paragraph introduces the block after it as its own: words ending in a colon
 * (`Devon announces:`), or a line crediting who wrote what follows.
 */
export function introducesNext(paragraph: readonly string[]): boolean {
  const last = paragraph.at(-1);
  if (last === undefined) return false;
  return endsInColon(last) || (paragraph.length === 1 && isCreditLine(last));
}

/**
 * Whether a one-line paragraph credits who wrote what follows it: a name, linked or not, and a
 * word or two (This Week in GNOME's `[Philip Withnall](https://matrix.to/…) reports`, This Week
 * in Matrix's `Danielle says`), with no sentence's end. The quote under such a line is its words.
 */
function isCreditLine(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > CREDIT_CHARS || /^(?:[>#|*+-]|\d+[.)])/.test(text)) return false;
  if (/[.!?。！？…:：]$/.test(text)) return false;
  const words = text.replace(LINK, '$1');
  return (text.match(LINK) ?? []).length <= 1 && wordCount(words) >= 1 && wordCount(words) <= CREDIT_WORDS;
}
