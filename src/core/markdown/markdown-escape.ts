import { FENCE } from './code-fence.ts';
import { endsInColon } from './ends-in-colon.ts';
import { foldLineBreaks } from './fold-line-breaks.ts';
import { LINK_TEXT_MAX } from './markdown-links.ts';
import { unixNewlines } from './unix-newlines.ts';
/**
 * Characters that mean something inline in CommonMark/GFM text. An underscore between letters or
 * digits is not among them (`NO_COLOR`, `snake_case`): it can neither open nor close emphasis.
 * Braces that open or close a template's tag too (Liquid's `{{ … }}` and `{% … %}`, which a
 * Jekyll site reads before Markdown, and Hugo's `{{< shortcode >}}`): escaped, they render as
 * themselves and no two stand together, nor a brace and a percent sign (`{\% raw %\}`). A lone
 * brace stays (R Weekly's `{dplyr}`).
 */
const INLINE_SPECIALS = /[\\`*[\]<>|~]|_+|\{(?=\{)|(?<=\{)\{|\}(?=\})|(?<=\})\}|(?<=\{)%|(?<=%)\}/g;

/** A special escaped; a run of underscores each one, unless letters or digits stand on both sides of it. */
const escapeEach = (run: string, at: number, text: string): string => {
  if (run.startsWith('_') && /[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && /[\p{L}\p{N}]/u.test(text.charAt(at + run.length))) return run;
  return run.replace(/./g, '\\$&');
};

/**
 * Plain text (a page title) made safe to stand in Markdown as literal text: one line, no control
 * characters, specials escaped, and no line start that reads as a heading, list or quote.
 */
export function escapeMarkdownText(text: string): string {
  const oneLine = foldLineBreaks(stripControl(text)).trim();
  return escapeLineStart(oneLine.replace(INLINE_SPECIALS, escapeEach));
}

/** A line's start that would read as a heading, a list or a quote, escaped. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([-+>])(?=\s|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * Plain text in which pairs of backticks mark code, as a code host writes its pull requests'
 * titles (`Keep \`NO_COLOR\` set`): the code spans kept, the rest escaped as escapeMarkdownText
 * escapes it. A lone backtick is the text's own.
 */
export function escapeOutsideCode(text: string): string {
  const line = foldLineBreaks(stripControl(text)).trim();
  return escapeLineStart(line.split(/(`[^`]+`)/).map((part, i) => (i % 2 === 1 ? part : part.replace(INLINE_SPECIALS, escapeEach))).join(''));
}

/**
 * Text for inside `[…]`: one line, with brackets, HTML and emphasis markers escaped, and cut
 * (marked with `…`) to what a reader takes as one link text (`LINK_TEXT_MAX`); no page title
 * is that long but a broken one.
 */
export function escapeLinkText(text: string): string {
  const escaped = foldLineBreaks(stripControl(text))
    .trim()
    .replace(INLINE_SPECIALS, escapeEach);
  if (escaped.length <= LINK_TEXT_MAX) return escaped;
  let cut = escaped.slice(0, LINK_TEXT_MAX - 1);
  // Never half a surrogate pair, never a backslash left escaping the `…`.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  if (/(?:^|[^\\])(?:\\\\)*\\$/.test(cut)) cut = cut.slice(0, -1);
  return cut + '…';
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

/** Text that must stand on one line (a heading, a label, a lead-in): line breaks fold to spaces. */
export function oneLine(text: string): string {
  return foldLineBreaks(stripControl(text));
}


const ATX_HEADING = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
const DEFINITION_START = /^( {0,3})\[([^\]\n]+)\]:/;
const RULE_OR_UNDERLINE = /^( {0,3})([-=_*])(?=(?:[ \t]*\2){2,}[ \t]*$|\2*[ \t]*$)/;
const NUMBERED_ENTRY = /^( {0,3}\d{1,4})、/;
const ORDERED_ITEM = /^( {0,3}\d{1,9})([.)])(?=[ \t]|$)/;

export interface SafeCommentOptions {
  /**
   * Blank lines may stand in the comment (an entry that runs to the next one, an indented list
   * item); otherwise each becomes a hard line break, as a paragraph item cannot hold one.
   */
  blankLines?: boolean;
  /** Code blocks may stand in the comment (entries); otherwise fence lines are escaped. */
  fences?: boolean;
  /**
   * The comment stands among numbered entries, where an ordered-list line (`1. …`) would start
   * the next entry; such lines are escaped.
   */
  numbered?: boolean;
  /**
   * The comment is a paragraph entry among a digest's lists (a part that tells its news in
   * paragraphs), where a list line would make the part a list of entries; such lines after the
   * first are escaped (the first runs on after the entry's link, or see escapeBlockStart).
   */
  lists?: boolean;
}

/**
 * A commentary as it may stand inside an item: whatever an editor typed must not change the
 * issue's structure when the export is imported again, nor the meaning of other items' links.
 * Heading markers, fence lines that close nothing, lines that would define a link reference
 * (`[1]: http://…`), HTML comments that would hide the rest of the issue, lines that would be a
 * rule or underline the line above into a heading, and a line that would start a new numbered
 * entry are escaped; blank lines become hard line breaks where an item cannot hold them. Text an
 * import produced comes out unchanged. Linear in the comment's length.
 */
export function safeComment(comment: string, options: SafeCommentOptions = {}): string {
  const lines = stripControl(unixNewlines(comment)).split('\n');
  let first = 0;
  let last = lines.length;
  while (first < last && (lines[first] as string).trim() === '') first++;
  while (last > first && (lines[last - 1] as string).trim() === '') last--;
  const body = lines.slice(first, last);
  const closes = options.fences ? fenceCloses(body) : new Map<number, number>();
  const out: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i] as string;
    const close = closes.get(i);
    if (close !== undefined && close !== -1) {
      for (let j = i; j <= close; j++) out.push(body[j] as string);
      i = close;
      continue;
    }
    if (FENCE.test(line)) {
      out.push(line.replace(/^( {0,3})([`~])/, '$1\\$2'));
      continue;
    }
    if (line.trim() === '') {
      if (options.blankLines) out.push('');
      // A paragraph break the editor typed: keep the break, lose only the blank line.
      else if (out.length > 0 && !/ {2}$/.test(out.at(-1) as string)) out[out.length - 1] = (out.at(-1) as string).trimEnd() + '  ';
      continue;
    }
    // Indentation at a paragraph item's start means nothing but code, or, after a list, more of it.
    const start =
      !options.blankLines && out.length === 0
        ? line
            .replace(/^(?: {4,}| {0,3}\t)[ \t]*/, '')
        : line;
    // Most lines open with words: none of the rules below can change them.
    if (!MAY_OPEN_BLOCK.test(start) && !start.includes('<!--')) {
      out.push(start);
      continue;
    }
    let safe = start
      .replace(ATX_HEADING, '$1\\$2')
      .replace(DEFINITION_START, '$1\\[$2]:')
      .replace(/<!--/g, '\\<!--')
      .replace(RULE_OR_UNDERLINE, '$1\\$2')
      .replace(NUMBERED_ENTRY, '$1&#12289;');
    if (options.numbered) safe = safe.replace(ORDERED_ITEM, '$1\\$2');
    if (options.lists && out.length > 0) safe = safe.replace(LIST_START, escapeListMarker);
    out.push(safe);
  }
  return out.join('\n');
}

const LIST_START = /^( {0,3})([+*-]|\d{1,9}[.)])(?=[ \t]|$)/;

/** What every rule of safeComment's looks for at a line's start: a heading's, definition's, rule's, underline's or list's mark, or a number. */
const MAY_OPEN_BLOCK = /^ {0,3}[#[\-=_*+\d]/;

/** A list marker's last character escaped (`1\\.`, `\\-`), its indentation kept: see LIST_START. */
const escapeListMarker = (_m: string, indent: string, marker: string): string => indent + marker.replace(/[+*.)-]$/, '\\$&');
const escapeListStart = (markdown: string): string => markdown.replace(LIST_START, escapeListMarker);
const escapeQuoteStart = (markdown: string): string => markdown.replace(/^( {0,3})>/, '$1\\>');

/** Words that open a line of a paragraph: a quote or list marker there would start a block of its own, and is escaped. */
export function escapeBlockStart(markdown: string): string {
  return escapeListStart(escapeQuoteStart(markdown));
}
const LIST_LINE = /^ {0,3}(?:[+*-]|\d{1,9}[.)])(?:[ \t]|$)/m;

/**
 * A paragraph item's text as it may follow `before`, another item, after a blank line. Items
 * there stand apart only by that blank line: a quote would be read as the quotation of the item
 * before, and a list marker after a list left open (or introduced, by a colon) as more of that
 * list; either marker on the first line is escaped. The look at `before` is quick, and may see a
 * list in a list marker inside code.
 */
export function escapeItemStart(markdown: string, before: string): string {
  const mayContinueList = LIST_LINE.test(before) || endsInColon(before);
  const quoteEscaped = escapeQuoteStart(markdown);
  return mayContinueList ? escapeListStart(quoteEscaped) : quoteEscaped;
}

/**
 * For each line that opens a code fence, the line that closes it, or -1. Linear: once a fence of
 * some character and length finds no close, no later one of that character and at least that
 * length can, and the scan for it is not repeated.
 */
export function fenceCloses(lines: readonly string[]): Map<number, number> {
  const closes = new Map<number, number>();
  const hopeless: Record<string, number> = { '`': Infinity, '~': Infinity };
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] as string);
    if (!open) continue;
    const marker = open[1] as string;
    const char = marker[0] as string;
    if (marker.length >= (hopeless[char] as number)) {
      closes.set(i, -1);
      continue;
    }
    const close = new RegExp(`^ {0,3}\\${char}{${marker.length},}[ \\t]*$`);
    let j = i + 1;
    while (j < lines.length && !close.test(lines[j] as string)) j++;
    if (j < lines.length) {
      closes.set(i, j);
      i = j;
    } else {
      closes.set(i, -1);
      hopeless[char] = marker.length;
    }
  }
  return closes;
}

/** A heading's text as it can stand on its line. */
export function escapeHeadingText(name: string): string {
  // One line, and no closing `#` run that would be read as the heading's end.
  return oneLine(name).trim().replace(/(\s)(#+)$/, '$1\\$2') || '\\#';
}
