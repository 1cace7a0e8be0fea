/** Text as HTML holds it, character for character: its `&`, `<`, `>` (an address's `&#1;` is no entity). */
export function htmlText(text: string): string {
  return escaped(text, /&/g);
}

/**
 * A page's title as an HTML link's text (see htmlText), cut to `max` characters as written (marked
 * with `…`; never inside an entity, never half a surrogate pair): a reader looks for a link's
 * closing tag only that far (see `LINK_TEXT_MAX`), and no page title is that long but a broken one.
 */
export function htmlLinkText(text: string, max: number): string {
  const whole = htmlText(text);
  if (whole.length <= max) return whole;
  let cut = whole.slice(0, max - 1).replace(/&[a-z]*$/i, '');
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + '…';
}

/** An editor's words as HTML holds them: as `htmlText`, but an entity they typed (`&nbsp;`) stays one, as Markdown reads it. */
export function htmlWords(text: string): string {
  return escaped(text, /&(?!#?\w+;)/g);
}

/** A value as an HTML attribute in double quotes holds it, character for character (`href="…"`). */
export function htmlAttribute(value: string): string {
  return htmlText(value).replace(/"/g, '&quot;');
}

function escaped(text: string, ampersand: RegExp): string {
  return text.replace(ampersand, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
