/**
 * Text with its line breaks written `\n` (Windows' `\r\n` and old Macs' `\r` too), as every
 * reading of a document splits it. Most text has none to change: no pattern is run over it then.
 */
export function unixNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
