/** A line that opens a list item, bulleted or ordered (`- `, `* `, `+ `, `1. `, `1) `). */
export const LIST_ITEM_LINE = /^ {0,3}(?:[*+-]|\d{1,9}[.)])[ \t]/;
