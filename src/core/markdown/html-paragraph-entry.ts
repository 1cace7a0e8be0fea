/**
 * A line that is one HTML paragraph opening with a link, whole: `<p><a href="…">Vite 6</a>:
 * words</p>`, a digest's entry written in HTML (a paragraph of the digest's own words may link
 * further on: `<p>This week we thank <a …>@ana</a>…</p>`). Its opening tag is the entry's
 * marker, as `<li>` is a list item's.
 */
export const HTML_ENTRY_PARAGRAPH = /^[ \t]*(<p(?:[ \t][^>]*)?>)(?=[ \t]*(?:<(?:strong|b)>|\*\*|__)?(?:<a[ \t][^>]*href=|\[[^\]\n]*\]\())[^\n]*<\/p>[ \t]*$/i;

/** The opening tag of an entry that is one HTML paragraph (`<p>`, `<p class="item">`); undefined for any other. */
export function htmlParagraphTag(source: string): string | undefined {
  return HTML_ENTRY_PARAGRAPH.exec(source.trimEnd())?.[1];
}

/** Whether an entry's marker is an HTML paragraph's opening tag: its entries are written `<p>…</p>`. */
export function isHtmlParagraphMarker(marker: string): boolean {
  return /^<p(?:[ \t][^>]*)?>$/i.test(marker);
}

/** An HTML paragraph entry's words and links, inside its tags; any other entry as it is. */
export function htmlParagraphInner(source: string): string {
  const tag = htmlParagraphTag(source);
  return tag === undefined ? source : source.trim().slice(tag.length).replace(/<\/p>$/i, '');
}
