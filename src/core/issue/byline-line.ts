/**
 * A line naming who wrote a page, alone under the page's title: a dash or `by` and a name, a few
 * words at most (Pointer's `**[title](…)**`, then `— Jane Doe`).
 */
export const BYLINE_LINE = /^ {0,3}(?:[—–-]{1,2}|[Bb]y[ \t])[ \t]*[^\s][^\n]{0,60}$/;
