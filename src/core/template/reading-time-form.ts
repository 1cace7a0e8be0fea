import type { Link } from '../model/link.ts';

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

/** The note a new entry writes after its link in that form (with a space before it), or nothing where its page has no reading time. */
export function readingTimeAfter(page: Pick<Link, 'minutes'>, form: string | undefined): string {
  return form === undefined || page.minutes === undefined ? '' : ` ${form.replace('{minutes}', String(page.minutes))}`;
}
