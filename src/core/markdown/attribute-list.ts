/** A kramdown attribute list alone on its line (`{: .links}`, `{:toc}`), as Jekyll's posts set one under a block. */
const ATTRIBUTE_LIST = /^[ \t]*\{:[^{}\n]*\}[ \t]*$/;

/**
 * Whether a line is a kramdown attribute list: it belongs to the block right over it (a blank
 * line between would give it to the block after).
 */
export function isAttributeList(line: string): boolean {
  return ATTRIBUTE_LIST.test(line);
}

/**
 * The gap over words written after entries: none where they open with an attribute list, which
 * is the entries' list's (see isAttributeList), else a blank line.
 */
export function gapOverClosingWords(text: string): '\n' | '\n\n' {
  return isAttributeList(text.split('\n')[0] as string) ? '\n' : '\n\n';
}
