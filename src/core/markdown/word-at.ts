/** Where `word` stands in `text`, from `from` on, with no digit or letter run on either side, or -1. */
export function wordAt(text: string, word: string, from = 0): number {
  for (let at = text.indexOf(word, from); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{N}A-Za-z]/u.test(before) && !/[\p{N}A-Za-z]/u.test(after)) return at;
  }
  return -1;
}
