/** Characters that mean something inline in CommonMark/GFM text. */
const INLINE_SPECIALS = /[\\`*_[\]<>|~]/g;

/**
 * Plain text (a page title) made safe to stand in Markdown as literal text: one line, no control
 * characters, specials escaped, and no line start that reads as a heading, list or quote.
 */
export function escapeMarkdownText(text: string): string {
  const oneLine = stripControl(text).replace(/\s*\n\s*/g, ' ').trim();
  return oneLine
    .replace(INLINE_SPECIALS, '\\$&')
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([-+>])(?=\s|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Text for inside `[…]`: one line, with brackets, HTML and emphasis markers escaped. */
export function escapeLinkText(text: string): string {
  return stripControl(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(INLINE_SPECIALS, '\\$&');
}

/**
 * A URL as it can stand between `<` and `>`: CommonMark autolinks may not hold spaces, angle
 * brackets or control characters, so those are percent-encoded; everything else stays readable.
 */
export function encodeAutolinkUrl(url: string): string {
  return url.replace(/[\s<>\u0000-\u001f\u007f]/g, (ch) => percentEncode(ch));
}

/** A URL as an inline link destination: also parentheses, which would end it early. */
export function encodeLinkDestination(url: string): string {
  return encodeAutolinkUrl(url).replace(/[()]/g, (ch) => percentEncode(ch));
}

function percentEncode(ch: string): string {
  return [...new TextEncoder().encode(ch)].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
}

function stripControl(text: string): string {
  // Keep tab and newline; everything else below U+0020, DEL and the C1 range cannot be typed
  // meaningfully and would corrupt the file for other tools.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

const ATX_HEADING = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * A commentary as it may stand inside an item: whatever an editor typed must not change the
 * issue's structure when the export is imported again. Blank lines would split the item, and
 * a line starting with `#` would become a heading, so blank lines become hard line breaks and
 * heading markers and unclosed code fences are escaped. Text that an import produced comes out
 * unchanged, so re-exporting a published issue stays faithful.
 */
export function safeComment(comment: string): string {
  const lines = stripControl(comment.replace(/\r\n?/g, '\n')).split('\n');
  while (lines.length > 0 && (lines[0] as string).trim() === '') lines.shift();
  while (lines.length > 0 && (lines.at(-1) as string).trim() === '') lines.pop();
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1] as string;
      const close = findFenceClose(lines, i + 1, marker);
      if (close !== -1) {
        out.push(...lines.slice(i, close + 1));
        i = close;
        continue;
      }
      out.push(line.replace(/^( {0,3})([`~])/, '$1\\$2'));
      continue;
    }
    if (line.trim() === '') {
      // A paragraph break the editor typed: keep the break, lose only the blank line.
      if (out.length > 0 && !/ {2}$/.test(out.at(-1) as string)) out[out.length - 1] = (out.at(-1) as string).trimEnd() + '  ';
      continue;
    }
    out.push(line.replace(ATX_HEADING, '$1\\$2'));
  }
  return out.join('\n');
}

export function findFenceClose(lines: readonly string[], from: number, marker: string): number {
  const char = marker[0] as string;
  const close = new RegExp(`^ {0,3}\\${char}{${marker.length},}[ \\t]*$`);
  for (let j = from; j < lines.length; j++) if (close.test(lines[j] as string)) return j;
  return -1;
}
