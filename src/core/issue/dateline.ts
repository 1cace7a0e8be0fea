import type { IsoDate } from '../dates/calendar-date.ts';
import { atxHeading } from '../markdown/heading-lines.ts';
import { dayOf } from '../model/issue-key.ts';
import { readTitleDay } from './issue-number.ts';

/**
 * How many characters a dateline may hold beside its day and markup (`Published on`, `Posted
 * by the team`, `发布于`, `Veröffentlicht am`): more, and the line is a sentence that happens to
 * name a day (an entry's `Rust 1.80 came out on July 25, 2024`), not the day.
 */
const DATELINE_CHARS = 32;

/** Marks and punctuation around a dateline's words: emphasis, separators, brackets. */
const MARKUP = /[\s*_`~·•|:,.;()（）[\]<>'"“”‘’/\\\-–—。，：]/gu;

/** A line that opens a block other than a paragraph: a heading, list item, quote, table row, HTML, fence or rule. */
const NOT_PARAGRAPH = /^ {0,3}(?:#|[-*+][ \t]|\d+[.)][ \t]|>|\||<|```|~~~|[-*_]{3,}[ \t]*$)/;

/**
 * The day an issue's dateline names: the first paragraph of its body, one line, saying a day and
 * little else (`Published on November 14, 2026.`, `*14 November 2026*`, `2026年11月14日`), where
 * the issue says its day nowhere else. `isTitle`: whether a line is the title again (a post's
 * `# Title` under its front matter), which the dateline may come under.
 */
export function datelineDay(lines: readonly string[], bodyLine: number, isTitle: (line: string) => boolean): IsoDate | undefined {
  let at = nextText(lines, bodyLine);
  if (at < lines.length && atxHeading(lines[at] as string) && isTitle(lines[at] as string)) at = nextText(lines, at + 1);
  const line = lines[at];
  if (line === undefined || NOT_PARAGRAPH.test(line) || (lines[at + 1] ?? '').trim() !== '') return undefined;
  const day = readTitleDay(line);
  if (!day) return undefined;
  const rest = (line.slice(0, day.start) + line.slice(day.end)).replace(MARKUP, '');
  return rest.length <= DATELINE_CHARS ? dayOf(day) : undefined;
}

function nextText(lines: readonly string[], from: number): number {
  let at = from;
  while (at < lines.length && (lines[at] as string).trim() === '') at++;
  return at;
}
