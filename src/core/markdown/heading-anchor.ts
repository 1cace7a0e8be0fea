/** An empty element that names a place, a line alone (`<a id="news"></a>`), and the name. */
const ANCHOR_LINE = /^[ \t]*<(a|span|div)\s[^<>]*?\b(?:id|name)[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))[^<>]*>[ \t]*<\/\1>[ \t]*$/i;

/**
 * Whether text is empty anchors and nothing more, a line each (`<a id="news"></a>`,
 * `<a name="tools"></a>`, `<span id="x"></span>`): what a digest sets above a heading for its
 * list of contents to link to.
 */
export function isHeadingAnchor(text: string): boolean {
  return text.split('\n').every((line) => ANCHOR_LINE.test(line));
}

/**
 * A heading's lines (see Segment's `raw`) apart: the anchor set above it, where there is one
 * (its name), and the heading itself.
 */
export function anchoredHeading(raw: string): { id?: string; heading: string } {
  const lines = raw.split('\n');
  let at = 0;
  let id: string | undefined;
  for (; at < lines.length - 1; at++) {
    const m = ANCHOR_LINE.exec(lines[at] as string);
    if (!m) {
      // A blank line between the anchor and its heading.
      if ((lines[at] as string).trim() === '' && id !== undefined) continue;
      break;
    }
    id = m[2] ?? m[3] ?? m[4];
  }
  return id === undefined ? { heading: raw } : { id, heading: lines.slice(at).join('\n') };
}

/** A heading's lines with `change` made to the heading itself, the anchor above it as it stood. */
export function withinAnchor(raw: string, change: (heading: string) => string): string {
  const { heading } = anchoredHeading(raw);
  return raw.slice(0, raw.length - heading.length) + change(heading);
}
