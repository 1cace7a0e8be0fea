/** A day's token, or a span's: its name, then its format (a span's after its separator). */
const DAY_OR_SPAN_TOKEN = /\{((?:published|start|end|span(?:-\d+[-+]?\d*)?):)([^{}]*)\}/g;

/**
 * A pattern with its days' months and days of the month unpadded (`{published:MM/DD/YYYY}` →
 * `{published:M/D/YYYY}`, `{span-6:–|MMM DD}` → `{span-6:–|MMM D}`): two issues' writings alike so
 * may be one digest's way, which a day of two digits (the 14th of November, `11/14`) cannot tell
 * padded or not. Month names (`MMM`, `MMMM`) stay.
 */
export function unpaddedPattern(pattern: string): string {
  return pattern.replace(DAY_OR_SPAN_TOKEN, (_whole, name: string, format: string) => `{${name}${format.replace(/(?<!M)MM(?!M)/g, 'M').replace(/(?<!D)DD(?!D)/g, 'D')}}`);
}

/**
 * Of patterns alike but for their days' padding (see unpaddedPattern), newest first: the first,
 * each day's month and day of the month unpadded where another writes it so. Read from a written
 * day, a figure of one digit says the digest does not pad (`11/7`); one of two may say nothing
 * (`11/14` reads the same either way).
 */
export function leastPadded(patterns: readonly string[]): string {
  const [first, ...others] = patterns;
  if (first === undefined) return '';
  const formats = others.map((p) => [...p.matchAll(DAY_OR_SPAN_TOKEN)].map((m) => m[2] as string));
  let k = -1;
  return first.replace(DAY_OR_SPAN_TOKEN, (_whole, name: string, format: string) => {
    k++;
    const at = k;
    const unpadded = (unit: RegExp): boolean => formats.some((f) => unit.test(f[at] ?? ''));
    let out = format;
    if (unpadded(/(?<!M)M(?!M)/)) out = out.replace(/(?<!M)MM(?!M)/g, 'M');
    if (unpadded(/(?<!D)D(?![Dod])/)) out = out.replace(/(?<!D)DD(?!D)/g, 'D');
    return `{${name}${out}}`;
  });
}
