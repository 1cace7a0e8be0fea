/**
 * The bracket an entry's separator opens and leaves open (`（译注：`, `(Note: `, see
 * `entryOpenings`), to close after the entry's words; '' for a separator that opens none.
 */
export function closingBracket(separator: string): string {
  const open = /[（(][^（）()]*$/.exec(separator)?.[0][0];
  return open === '（' ? '）' : open === '(' ? ')' : '';
}
