import type { Issue } from '../model/issue.ts';
import { compareIssueKeys, type IssueKey } from '../model/issue-key.ts';
import { MONTH_NAME } from '../dates/month-names.ts';
import { LOCAL_MONTH_NAMES } from '../dates/local-month-names.ts';

/** What an import reads of an issue to tell whether it is one of the series: its key, file name and title. */
type Named = Pick<Issue, 'key' | 'fileName' | 'title'>;

/**
 * The issues read that are unlike the digest's others in both their file's name and their title
 * (an article kept in a folder beside the issues, `14 web performance tips for 2025.md` among
 * `前端周刊第419期.md`…, read as issue 2025): where most files, two at least, are named alike but
 * for their figures, one named like no other whose title is like no other's, and which would be
 * the newest issue, is taken for no issue of the series. Left out of an import until the editor
 * takes it back, it cannot make itself the issue the template and the next issue's number are
 * learned from. One older than others is left in: a series' first issues are often named and
 * titled otherwise (R Weekly's `2016-10-10-20.md`, `Issue 20`), and teach little. `held` are the
 * digest's issues already stored, compared with too. An issue whose name or title is like
 * another's (a series renamed its files, or its titles) is never told apart.
 */
export function unlikeIssues(read: readonly Named[], held: readonly Named[] = []): Set<IssueKey> {
  const named = [...read, ...held].filter((i): i is Named & { fileName: string } => i.fileName !== null);
  if (named.length < 3) return new Set();
  const names = counts(named.map((i) => shapeOf(baseName(i.fileName))));
  const titles = counts(named.map((i) => shapeOf(i.title)));
  const most = Math.max(...names.values());
  if (most < 2 || most * 2 < named.length) return new Set();
  const unlike = (i: Named): boolean => i.fileName !== null && names.get(shapeOf(baseName(i.fileName))) === 1 && titles.get(shapeOf(i.title)) === 1;
  const newest = named.reduce((a, b) => (compareIssueKeys(a.key, b.key) >= 0 ? a : b));
  return new Set(read.filter((i) => i.key === newest.key && unlike(i)).map((i) => i.key));
}

/**
 * Text as issues of one series write it alike: its figures and the months it names (`del 5 de
 * diciembre de 2026`, `Nov 30`), whatever they are, and its case set aside.
 */
function shapeOf(text: string): string {
  return text.toLowerCase().replace(MONTH_WORD, '@').replace(/\p{Nd}+/gu, '#').replace(/\s+/g, ' ').trim();
}

/** A month named in English or in a language whose month names dates are read in, as a word of its own. */
const MONTH_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${MONTH_NAME}|${Object.values(LOCAL_MONTH_NAMES).flat().join('|')})(?![\p{L}])`, 'giu');

/** A file's name without its folders and its extension. */
function baseName(path: string): string {
  return path.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');
}

function counts(shapes: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const shape of shapes) out.set(shape, (out.get(shape) ?? 0) + 1);
  return out;
}
