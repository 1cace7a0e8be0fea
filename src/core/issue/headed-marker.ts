/*
 * How a headed entry's heading opens, apart from the rest of the item text's rules: the capture's
 * suggestion reads kinds after it and stays small.
 */

/** An entry's number where a heading states it: `3. `, `3、`, `3) `, `3 `. */
export const HEADING_NUMBER = String.raw`\d{1,4}(?:[.)、]|(?=[ \t]))[ \t]*`;

/** An entry heading's start, with the entry's number where the digest numbers them: `### 3. `. */
export const HEADED_MARKER = new RegExp(String.raw`^ {0,3}#{1,6}(?:[ \t]+${HEADING_NUMBER}|[ \t]+|$)`);
