import { MOST_MINUTES } from '../model/link.ts';

/** Words an adult reads in a minute, on screen: the figure reading-time notes are commonly worked out by. */
const WORDS_A_MINUTE = 230;
/** Chinese and Japanese characters read in a minute (their words are not spaced apart). */
const IDEOGRAPHS_A_MINUTE = 400;
/** Less text than a minute's third is no article (an app's page, a gallery): no reading time. */
const LEAST_MINUTES = 0.3;

/** What was counted in a page's text: its spaced words, and its Chinese and Japanese characters. */
export interface TextCounts {
  words?: number;
  ideographs?: number;
}

/**
 * How long a page takes to read, in whole minutes (one at least), from the words counted in its
 * text; none where it holds too little text to be read, or too much to be one piece.
 */
export function readingMinutes(counts: TextCounts): number | undefined {
  const count = (n: number | undefined): number => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0);
  const minutes = count(counts.words) / WORDS_A_MINUTE + count(counts.ideographs) / IDEOGRAPHS_A_MINUTE;
  // (More than a link holds is a page of far more than one piece: an archive, a book.)
  if (minutes < LEAST_MINUTES || minutes > MOST_MINUTES) return undefined;
  return Math.max(1, Math.round(minutes));
}
