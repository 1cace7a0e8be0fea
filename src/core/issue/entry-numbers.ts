import type { EntryNumbers } from '../model/issue.ts';

/**
 * The number an entry opens with, as a digest numbering its entries writes it: a list's `107.`
 * or `107)`, `107、`, a heading's `### 107. `, or in bold, `**107. [title](…)**`. A figure with no
 * mark after it (`### 2026 in review`) is no entry's number.
 */
export function entryNumberOf(source: string): number | undefined {
  const m = NUMBER_MARK.exec(source);
  return m ? Number(m[1]) : undefined;
}

const NUMBER_MARK = /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(\d{1,9})(?:[.)][ \t]|、)/;

/**
 * The numbers an issue's first and last entries have, where each of its entries is numbered one
 * on from the entry before, across its headings; undefined where they are not (numbered again
 * under each heading, or not numbered).
 */
export function entryNumbersOf(sources: readonly string[]): EntryNumbers | undefined {
  const numbers = sources.map(entryNumberOf);
  if (numbers.length === 0 || numbers.some((n) => n === undefined)) return undefined;
  const counted = numbers as number[];
  return counted.every((n, i) => i === 0 || n === (counted[i - 1] as number) + 1) ? { first: counted[0] as number, last: counted.at(-1) as number } : undefined;
}

/**
 * Whether a digest numbers its entries on from issue to issue (an issue's first entry `110.`
 * after the one before ended at `109.`): see `mostCountOn`. Issues newest first.
 */
export function countsOnFromIssue(newestFirst: readonly (EntryNumbers | undefined)[]): boolean {
  const meetings: [number, number][] = [];
  newestFirst.forEach((numbers, i) => {
    const before = newestFirst[i + 1];
    if (numbers !== undefined && before !== undefined) meetings.push([before.last, numbers.first]);
  });
  return mostCountOn(meetings);
}

/**
 * Where numbered entries meet across a break (a heading's first entry after the heading before's
 * last, an issue's first after the issue before's last), whether more count on (`110.` after
 * `109.`) than start again at 1: one at least.
 */
export function mostCountOn(meetings: readonly (readonly [last: number, next: number])[]): boolean {
  let on = 0;
  let again = 0;
  for (const [last, next] of meetings) {
    if (next > 1 && next === last + 1) on++;
    else if (next === 1) again++;
  }
  return on > again;
}
