import { MAX_ISSUE_NUMBER } from '../model/issue-key.ts';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const SMALL_UNITS = [
  [1000, '千'],
  [100, '百'],
  [10, '十'],
] as const;

/**
 * Writes 0 to `MAX_ISSUE_NUMBER` the way issue titles do: 十七, 二十一, 一百零三, 一万零一十,
 * 九千零七万一千九百九十二亿五千四百七十四万零九百九十一. A leading 一十 is shortened to 十,
 * as people write it. Every number we accept as an issue number can be written.
 */
export function toChineseNumeral(n: number): string | undefined {
  if (!Number.isSafeInteger(n) || n < 0 || n > MAX_ISSUE_NUMBER) return undefined;
  if (n === 0) return '零';
  return write(n, true);
}

function write(n: number, leading: boolean): string {
  for (const [size, unit] of [
    [100_000_000, '亿'],
    [10_000, '万'],
  ] as const) {
    if (n < size) continue;
    const high = Math.floor(n / size);
    const low = n % size;
    // A gap of a whole digit place before the low part is said as 零: 一万零五, 一亿零一千.
    const gap = low > 0 && low < size / 10 ? '零' : '';
    return write(high, leading) + unit + (low === 0 ? '' : gap + write(low, false));
  }
  let out = '';
  let rest = n;
  let pendingZero = false;
  for (const [value, unit] of SMALL_UNITS) {
    const digit = Math.floor(rest / value);
    rest %= value;
    if (digit === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    if (!(value === 10 && digit === 1 && out === '' && leading)) out += DIGITS[digit];
    out += unit;
  }
  if (rest > 0) {
    if (pendingZero) out += '零';
    out += DIGITS[rest];
  }
  return out;
}

const DIGIT_VALUE: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNIT_VALUE: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const STANDARD: Record<string, string> = {
  〇: '零', 壹: '一', 贰: '二', 两: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千',
};

/** Characters that can appear in a Chinese numeral, for building patterns. */
export const CHINESE_NUMERAL_CHARS = Object.keys(DIGIT_VALUE).join('') + Object.keys(UNIT_VALUE).join('') + '万亿';

/**
 * Reads a Chinese numeral exactly: the form `toChineseNumeral` writes (十七, 一百零三, also
 * 一十七, and the financial characters 壹拾柒), or digit by digit (二〇一四). Anything else —
 * 第零一期, 十十, 一百五 — is not a number we can write back the same, so it is refused
 * (undefined), as is a number past `MAX_ISSUE_NUMBER`.
 */
export function parseChineseNumeral(text: string): number | undefined {
  const s = text.trim();
  if (s === '' || [...s].some((ch) => !(ch in DIGIT_VALUE) && !(ch in UNIT_VALUE) && ch !== '万' && ch !== '亿')) return undefined;
  if ([...s].every((ch) => ch in DIGIT_VALUE)) {
    // Digit by digit, with no leading zero: 二〇一四, 十七 is not this form.
    if (s.length > 1 && DIGIT_VALUE[s[0] as string] === 0) return undefined;
    if (s.length > 16) return undefined;
    const value = [...s].reduce((acc, ch) => acc * 10 + (DIGIT_VALUE[ch] ?? 0), 0);
    return value <= MAX_ISSUE_NUMBER ? value : undefined;
  }
  const standard = [...s].map((ch) => STANDARD[ch] ?? ch).join('');
  const value = readGrouped(standard);
  if (value === undefined || value > MAX_ISSUE_NUMBER) return undefined;
  const canonical = toChineseNumeral(value);
  if (canonical === undefined) return undefined;
  return standard === canonical || standard === `一${canonical}` ? value : undefined;
}

/** A numeral with 亿 and 万 groups, read leniently; the caller checks it is written as we write it. */
function readGrouped(s: string): number | undefined {
  for (const [unit, size] of [
    ['亿', 100_000_000],
    ['万', 10_000],
  ] as const) {
    const at = s.lastIndexOf(unit);
    if (at === -1) continue;
    const high = readGrouped(s.slice(0, at));
    const rest = s.slice(at + 1).replace(/^零/, '');
    const low = rest === '' ? 0 : readGrouped(rest);
    if (high === undefined || high === 0 || low === undefined || low >= size) return undefined;
    return high * size + low;
  }
  return readSmall(s);
}

function readSmall(s: string): number | undefined {
  if (s === '') return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const ch of s) {
    const d = DIGIT_VALUE[ch];
    if (d !== undefined) {
      if (digit !== undefined && d !== 0 && digit !== 0) return undefined;
      digit = d;
      continue;
    }
    const unit = UNIT_VALUE[ch];
    if (unit === undefined || unit >= lastUnit) return undefined;
    total += (digit ?? 1) * unit;
    lastUnit = unit;
    digit = undefined;
  }
  return total + (digit ?? 0);
}
