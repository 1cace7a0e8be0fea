/**
 * Why a file is not read as a digest issue, and where (1-based line). Codes, not sentences: the
 * extension words them in the editor's language, the command-line tool in English.
 */
export type IssueProblem =
  | { code: 'too-long'; line: number; chars: number; max: number }
  | { code: 'empty'; line: number }
  | { code: 'binary'; line: number }
  | { code: 'not-utf8'; line: number }
  | { code: 'front-matter-line'; line: number; found: string }
  | { code: 'front-matter-unclosed'; line: number }
  | { code: 'no-title'; line: number }
  | { code: 'no-issue-number'; line: number; title: string }
  | { code: 'issue-number-too-large'; line: number; number: string };

export type IssueProblemCode = IssueProblem['code'];

/** Every code, for the tests that check each is worded in every language. */
export const ISSUE_PROBLEM_CODES: readonly IssueProblemCode[] = [
  'too-long',
  'empty',
  'binary',
  'not-utf8',
  'front-matter-line',
  'front-matter-unclosed',
  'no-title',
  'no-issue-number',
  'issue-number-too-large',
];

/** A short, one-line excerpt of what a problem line says. */
export function excerpt(text: string): string {
  const line = text.replace(/[\r\n\t]+/g, ' ');
  return line.length > 40 ? line.slice(0, 40) + '…' : line;
}
