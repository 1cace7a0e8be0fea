/** A line of a list of contents: `- [Articles](#articles)`, `1. [工具](#工具)` (groups: marker, words, anchor); words may hold escaped brackets (`\[nova\]`), and a title of no letter an empty anchor (`#`). */
export const CONTENTS_LINE = /^([ \t]*(?:[*+-]|\d{1,3}[.)])[ \t]+)\[((?:[^[\]\\\n]|\\.)+)\]\(#([^()\s]*)\)[ \t]*$/;

/**
 * Whether text is a list of contents and nothing more, each line a link to a place in the page:
 * under a heading of its own (`# Table of Contents`), an issue of one story lists one.
 */
export function isContentsList(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.length >= 1 && lines.every((line) => CONTENTS_LINE.test(line));
}
