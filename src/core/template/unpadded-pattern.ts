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
