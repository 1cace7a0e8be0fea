/**
 * An HTML block that is one heading and nothing else (`<h2 id="news">News</h2>`, as some digests
 * write their sections to give them anchors): its level and its text, without the tags inside
 * it. A heading that is one link to a page and nothing more (`<h3 id="…"><a href="https://…">
 * Tethers</a></h3>`, an entry's title) reads as Markdown writes one, `[Tethers](https://…)`, so
 * it is told as a linked heading is. Its line stays as written wherever it is kept.
 */
export function htmlHeading(content: string): { level: number; text: string } | undefined {
  const m = HTML_HEADING.exec(content);
  if (!m) return undefined;
  const text = (m[2] as string)
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => HTML_ENTITIES[name] as string)
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return undefined;
  const link = LINK_ONLY.exec(m[2] as string);
  const href = link?.[1] ?? link?.[2];
  return href !== undefined && /^https?:\/\/[^\s()<>]+$/i.test(href) ? { level: Number(m[1]), text: `[${text.replace(/[[\]\\]/g, '\\$&')}](${href.replace(/&amp;/g, '&')})` } : { level: Number(m[1]), text };
}

/** A heading's content that is one link and nothing more, its address in quotes: `<a href="…">words</a>`. */
const LINK_ONLY = /^\s*<a\s(?:[^<>]*?\s)?href\s*=\s*(?:"([^"]*)"|'([^']*)')[^<>]*>[\s\S]*?<\/a\s*>\s*$/i;

// On one line, or over several where the heading holds other tags (`<h3 id="…">`, its link and
// icon's spans each on a line, `</h3>`): an HTML block ends at a blank line, so it has none.
/** A line that opens an HTML heading's tag (`<h3 id="…">`): its level. Its block runs to a blank line. */
export const HTML_HEADING_OPEN = /^ {0,3}<h([1-6])[\s>]/i;

const HTML_HEADING = /^ {0,3}<h([1-6])(?:\s[^>]*)?>([\s\S]*?)<\/h\1>\s*$/i;
const HTML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
