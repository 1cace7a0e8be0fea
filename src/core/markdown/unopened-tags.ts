/** HTML elements that never close (`<br>`, `<img>`): an opening of theirs opens nothing. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Whether `text` closes an HTML element that neither it nor `before` opens: the `</details>`
 * after a heading's entries, whose `<details>` stood among them. Written alone, such a tag
 * would close nothing.
 */
export function closesUnopened(text: string, before: string): boolean {
  const opens = new Map<string, number>();
  for (const m of `${before}\n${text}`.matchAll(/<([a-z][a-z0-9-]*)(?=[\s/>])[^<>]*?(\/?)>/gi)) {
    const name = (m[1] as string).toLowerCase();
    if (m[2] === '/' || VOID.has(name)) continue;
    opens.set(name, (opens.get(name) ?? 0) + 1);
  }
  for (const m of text.matchAll(/<\/([a-z][a-z0-9-]*)\s*>/gi)) {
    const name = (m[1] as string).toLowerCase();
    const open = opens.get(name) ?? 0;
    if (open === 0) return true;
    opens.set(name, open - 1);
  }
  return false;
}

/** Whether `text` is closing tags alone (`</details>`), each closing one `before` opened. */
export function closesOpened(text: string, before: string): boolean {
  return CLOSING_TAGS.test(text) && !closesUnopened(text, before);
}

const CLOSING_TAGS = /^\s*(?:<\/[a-z][a-z0-9-]*\s*>\s*)+$/i;
