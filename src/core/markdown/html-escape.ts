/** Text as HTML holds it, character for character: its `&`, `<`, `>` (an address's `&#1;` is no entity). */
export function htmlText(text: string): string {
  return escaped(text, /&/g);
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
