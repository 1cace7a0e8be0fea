import type { Link } from '../model/link.ts';
import type { Item } from '../model/item.ts';
import type { ItemStyle } from '../model/template.ts';
import { withoutMarks } from '../markdown/without-marks.ts';

/** A note in brackets after an entry's link, its marks kept (`(5 min read)`, `*(5 min)*`). */
const NOTE = /^([*_]?[(（][*_`]?)([^()（）\n]{1,32})([*_`]?[)）][*_]?)$/u;
/** A word for minutes: spaced apart in most languages (`min`, `minutes`, `Min.`, `мин`), not in Chinese, Japanese or Korean (`分钟`, `5分で`, `5분`). */
const MINUTES = /(?:^|[^\p{L}])(?:min(?:ute)?s?|mins?|minuto?s?|minuten?|мин(?:ут[аы]?)?)(?:$|[^\p{L}])|分钟|分|분/iu;

/**
 * The form of a note that gives a page's reading time (`(5 min read)`, `(阅读 5 分钟)`,
 * `*(Lesezeit: 5 Min.)*`), `{minutes}` where its number stands; undefined for any other note.
 */
export function readingTimeForm(note: string): string | undefined {
  const m = NOTE.exec(note.trim());
  if (!m) return undefined;
  const [, open = '', inner = '', close = ''] = m;
  const numbers = inner.match(/\d+/g) ?? [];
  if (numbers.length !== 1 || (numbers[0] as string).length > 3 || !MINUTES.test(inner)) return undefined;
  return `${open}${inner.replace(/\d+/, '{minutes}')}${close}`;
}

/**
 * The form of the reading time a link's words end with (TLDR's `[**Kites (4 minute read)**](…)`),
 * `{minutes}` where its number stands; undefined for words that end otherwise.
 */
export function readingTimeInTitleForm(linkText: string): string | undefined {
  const note = NOTE_AT_END.exec(withoutMarks(linkText).trim())?.[1];
  return note === undefined ? undefined : readingTimeForm(note);
}

const NOTE_AT_END = /\S\s+(\([^()\n]{1,32}\))$/;

/** The note a new entry writes after its link in the digest's form (with a space before it), or nothing where its page has no reading time or the digest gives it in the link's words. */
export function readingTimeAfter(page: Pick<Link, 'minutes'>, style: Pick<ItemStyle, 'readingTime' | 'readingTimeInTitle'>): string {
  return style.readingTime === undefined || style.readingTimeInTitle === true || page.minutes === undefined ? '' : ` ${style.readingTime.replace('{minutes}', String(page.minutes))}`;
}

/** The item with its page's reading time at the end of the page's title, where the digest gives it in the link's words (`Kites (4 minute read)`). */
export function withReadingTimeInTitle(item: Item, style: Pick<ItemStyle, 'readingTime' | 'readingTimeInTitle'>): Item {
  const [page, ...rest] = item.links;
  if (style.readingTime === undefined || style.readingTimeInTitle !== true || page?.minutes === undefined || page.title.trim() === '') return item;
  return { ...item, links: [{ ...page, title: `${page.title.trim()} ${style.readingTime.replace('{minutes}', String(page.minutes))}` }, ...rest] };
}
