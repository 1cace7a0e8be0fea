const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const UNITS = [
  [1000, '千'],
  [100, '百'],
  [10, '十'],
] as const;

/**
 * Writes 1–9999 the way issue titles do: 十七, 二十一, 一百零三, 一百一十.
 * A leading 一十 is shortened to 十 only below twenty, as people write it.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) {
    throw new RangeError(`Issue numbers run from 1 to 9999; got ${n}`);
  }
  let out = '';
  let rest = n;
  let pendingZero = false;
  for (const [value, unit] of UNITS) {
    const digit = Math.floor(rest / value);
    rest %= value;
    if (digit === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    if (!(value === 10 && digit === 1 && out === '')) out += DIGITS[digit];
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

/** Characters that can appear in a Chinese numeral, for building patterns. */
export const CHINESE_NUMERAL_CHARS = Object.keys(DIGIT_VALUE).join('') + Object.keys(UNIT_VALUE).join('');

/**
 * Reads a Chinese numeral (十七, 一百零三, also 一百十 and 二〇) or plain digits;
 * undefined when the text is not a number.
 */
export function parseChineseNumeral(text: string): number | undefined {
  const s = text.trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '' || [...s].some((ch) => !(ch in DIGIT_VALUE) && !(ch in UNIT_VALUE))) return undefined;
  // Digit-by-digit spelling without units (二〇一四) reads as positional digits.
  if ([...s].every((ch) => ch in DIGIT_VALUE)) {
    return [...s].reduce((acc, ch) => acc * 10 + (DIGIT_VALUE[ch] ?? 0), 0);
  }
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
    const unit = UNIT_VALUE[ch] as number;
    if (unit >= lastUnit) return undefined;
    total += (digit ?? 1) * unit;
    lastUnit = unit;
    digit = undefined;
  }
  if (digit !== undefined && digit !== 0) {
    // 一百五 means 150, as 二千三 means 2300: a trailing digit takes the next unit down.
    const trailingUnit = lastUnit === Infinity ? 1 : s.includes('零') ? 1 : lastUnit / 10;
    total += digit * Math.max(1, trailingUnit);
  }
  return total;
}
