/** A code span: its backticks, then what it holds (kept as written: `NO_COLOR` is a name). */
const CODE_SPAN = /(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;

/**
 * Inline text with its marks taken off, as a reader sees it: emphasis, strike-through and code
 * marks go, what a code span holds stays whole, and so does an underscore inside a word
 * (`snake_case`, `NO_COLOR`: CommonMark reads no emphasis there).
 */
export function withoutMarks(text: string): string {
  let plain = '';
  let at = 0;
  for (const span of text.matchAll(CODE_SPAN)) {
    plain += marksOff(text.slice(at, span.index)) + (span[2] as string);
    at = span.index + span[0].length;
  }
  return plain + marksOff(text.slice(at));
}

function marksOff(text: string): string {
  return text.replace(/[*`~]/g, '').replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '');
}
