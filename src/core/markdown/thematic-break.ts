/** A thematic break on a line of its own: `---`, `* * *`, `___`. */
export const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
