/**
 * An entry's words after its link's separator, on the link's line: closed where the separator
 * opens a bracket it leaves open (`（译注：words）`, `(Note: words)`; see `entryOpenings`).
 */
export function wordsAfter(separator: string, words: string): string {
  const open = /[（(][^（）()]*$/.exec(separator)?.[0][0];
  return separator + words + (open === '（' ? '）' : open === '(' ? ')' : '');
}
