import { holdsLanguageWords, LOCAL_MONTH_NAME, readLocalMonth, type MonthLanguage } from './local-month-names.ts';
import { MONTH_NAMES } from './month-names.ts';

/** A word that may be a month's name in another language than English. */
const LOCAL_MONTH_WORD = new RegExp(`(?<![\\p{L}])${LOCAL_MONTH_NAME}(?![\\p{L}])`, 'iu');

/**
 * How text writes a day with its month named in another language, the language told by that
 * name (see readLocalMonth): `D. MMMM YYYY@de`, `D [de] mmmm@es`, longest first, and that
 * language; undefined for text that names no such month.
 */
export function localDayFormats(text: string): { formats: string[]; language: MonthLanguage } | undefined {
  const word = LOCAL_MONTH_WORD.exec(text)?.[0];
  const local = word === undefined ? undefined : readLocalMonth(word, text);
  if (!local) return undefined;
  // `14 November 2026` is English, whose month German, Dutch and others spell alike, unless the
  // text says otherwise: a word of that language (`vom`) or the day's dot (`14. November`).
  if (MONTH_NAMES.includes(word as (typeof MONTH_NAMES)[number]) && !holdsLanguageWords(text, local.language) && !new RegExp(`\\d\\.\\s*${word}`, 'u').test(text)) return undefined;
  const month = word !== (word as string).toLocaleLowerCase() ? 'MMMM' : 'mmmm';
  const de = local.language === 'es' || local.language === 'pt' ? ' [de]' : '';
  const formats = [`D.${de} ${month}${de} YYYY`, `D${de} ${month}${de} YYYY`, `D.${de} ${month}`, `D${de} ${month}`].map((f) => `${f}@${local.language}`);
  return { formats, language: local.language };
}
