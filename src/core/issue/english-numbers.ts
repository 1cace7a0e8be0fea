import { ordinalSuffix } from '../dates/month-names.ts';

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** The ordinals English does not make by adding `th`. */
const IRREGULAR: Readonly<Record<string, string>> = { one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth' };

/** A number from 1 to 999 in English words, as American English writes it (`one hundred twenty-three`); undefined past them. */
export function englishCardinal(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 999) return undefined;
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const below = rest === 0 ? '' : rest < 20 ? (ONES[rest] as string) : `${TENS[Math.floor(rest / 10)]}${rest % 10 === 0 ? '' : `-${ONES[rest % 10]}`}`;
  return [hundreds > 0 ? `${ONES[hundreds]} hundred` : '', below].filter((w) => w !== '').join(' ');
}

/** A number from 1 to 999 as an English ordinal in words (`nineteenth`, `twenty-first`, `one hundredth`). */
export function englishOrdinal(n: number): string | undefined {
  const cardinal = englishCardinal(n);
  if (cardinal === undefined) return undefined;
  const last = /[a-z]+$/.exec(cardinal)?.[0] as string;
  const ordinal = IRREGULAR[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return cardinal.slice(0, cardinal.length - last.length) + ordinal;
}

/**
 * `text` with the issue's number, where English writes it as an ordinal or in words, as a token:
 * `19th` → `{number:o}`, `nineteenth` → `{number:ordinal}`, `Nineteen` → `{number:Words}`. Words
 * only past ten, where they are no common word (`first`, `one`); figures with their suffix always.
 */
export function withEnglishNumberTokens(text: string, n: number, token = 'number'): string {
  // (Looked for with a pattern only where the text holds the words at all: it is asked of every
  // block of every issue an import compares.)
  const ordinal = `${n}${ordinalSuffix(n)}`;
  let out = text.includes(ordinal) ? text.replace(new RegExp(`(?<![\\d.{])${ordinal}\\b`, 'g'), `{${token}:o}`) : text;
  if (n <= 10) return out;
  const lower = text.toLowerCase();
  for (const [words, format] of [[englishOrdinal(n), 'ordinal'], [englishCardinal(n), 'words']] as const) {
    if (words === undefined || !lower.includes(words)) continue;
    out = out.replace(new RegExp(`(?<![\\p{L}{:-])${words}(?![\\p{L}-])`, 'giu'), (written) => `{${token}:${written[0] === written[0]?.toUpperCase() ? format[0]?.toUpperCase() + format.slice(1) : format}}`);
  }
  return out;
}
