/** A word: letters or digits, with the apostrophes, dots and hyphens inside one (`don't`, `v1.2`). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const CJK = /^[\u3040-\u30ff\u3400-\u9fff]/u;

/** How many words text holds, a CJK character counting half a word (two make a word's sense). */
export function wordCount(text: string): number {
  return (text.match(WORD) ?? []).reduce((n, w) => n + (CJK.test(w) ? w.length / 2 : 1), 0);
}
