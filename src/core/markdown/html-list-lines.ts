/** A line that opens an HTML list item or table row (`<li>`, `<tr class="…">`): an entry written in HTML; the tag's name is its first group. */
export const HTML_ITEM_START = /^[ \t]*<(li|tr)(?=[\s>])/i;

/** A list's or table's own tag (`<ul>`, `</ol>`, `<tbody>`, `</table>`). */
const PART_TAG = String.raw`<\/?(?:[uo]l|table|tbody|thead|tfoot)(?:[ \t][^>]*)?>`;

/**
 * A line of an HTML list: its opening or closing tags (`<ul>`, `</tbody></table>`), or one whole item
 * (`<li>…</li>`, or `<li>…` where the digest leaves its items open, as HTML allows); or of a
 * table whose rows are entries: its tags (`<tbody>`, `</table>`), a row's opening or closing; or
 * a list's or table's opening written on one line, up to where its entries start
 * (`<table><thead><tr><th>…</th></tr></thead><tbody>`).
 */
const HTML_LIST_LINE = new RegExp(String.raw`^[ \t]*(?:(?:${PART_TAG}[ \t]*)+$|<li(?:[ \t][^>]*)?>|<\/?tr(?:[ \t][^>]*)?>|<(?:[uo]l|table)(?=[\s>]).*${PART_TAG}[ \t]*$)|<\/(?:tr|li)>[ \t]*$`, 'i');

/**
 * The gap between two pieces of text where both meet on lines of one HTML list (`<ul>`, then
 * `  <li>…</li>`) or table: a line break, as a digest written in HTML sets them, not the blank line
 * Markdown's blocks stand apart by; none where the digest writes each list on one line (`inline`,
 * `<ul><li>…</li><li>…</li></ul>`). Any other gap as it was.
 */
export function htmlListGap(before: string, after: string, gap: string, inline = false): string {
  if (gap !== '\n\n' && !(inline && gap === '\n')) return gap;
  const last = before.slice(before.lastIndexOf('\n') + 1);
  const first = after.slice(0, after.indexOf('\n') === -1 ? after.length : after.indexOf('\n'));
  return HTML_LIST_LINE.test(last) && HTML_LIST_LINE.test(first) ? (inline ? '' : '\n') : gap;
}

/** Whether text is the closing tag of an HTML list and nothing more (`</ul>`): what closes a heading's entries, not the ending. */
export function closesHtmlList(text: string): boolean {
  return /^[ \t]*<\/[uo]l>[ \t]*$/i.test(text.trim());
}
