/** Where `word` stands in `text`, from `from` on, with no digit or letter run on either side, or -1. */
export function wordAt(text: string, word: string, from = 0): number {
  for (let at = text.indexOf(word, from); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{N}A-Za-z]/u.test(before) && !/[\p{N}A-Za-z]/u.test(after)) return at;
  }
  return -1;
}

/** `text` with `word` replaced where no letter or digit runs on either side of it (see wordAt). */
export function replaceWords(text: string, word: string, by: string): string {
  let out = '';
  let from = 0;
  for (let at = wordAt(text, word); at !== -1; at = wordAt(text, word, at + word.length)) {
    out += text.slice(from, at) + by;
    from = at + word.length;
  }
  return out + text.slice(from);
}
