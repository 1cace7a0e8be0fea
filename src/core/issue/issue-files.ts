import { isValidDay } from '../dates/calendar-date.ts';
import { monthOfName } from '../dates/month-names.ts';
import type { IssueProblem } from './issue-problem.ts';

/**
 * Which of the files handed to an import it reads. A file picked or dropped on its own is read
 * whatever its name (the editor chose it); in a folder, only Markdown (`MARKDOWN_EXTENSIONS`)
 * that is not hidden (a Mac's `._issue-1.md` beside each file copied to a USB stick), and nothing
 * under a folder no issue lives in: hidden ones (`.git`, `.github`) and installed dependencies
 * (`node_modules`); nor a Hugo section's own page (`_index.md`), which lists posts and is none. A
 * blog's posts folder, or the whole repository, can be handed over as it is.
 */
export function issueFilesOf<T extends HandedPath>(files: readonly T[]): { read: T[]; leftOut: T[] } {
  const read: T[] = [];
  const leftOut: T[] = [];
  for (const file of files) {
    const parts = file.path.split('/').filter((p) => p !== '');
    const name = parts.at(-1) ?? '';
    // (The folder handed over is looked in whatever its name.)
    const taken = !inFolder(file.path) || (MARKDOWN_NAME.test(name) && !name.startsWith('.') && !SECTION_PAGE.test(name) && parts.slice(1, -1).every(entersFolder));
    (taken ? read : leftOut).push(file);
  }
  return { read, leftOut };
}

/** Whether a file handed over came in a folder (its path names one), not on its own. */
export function inFolder(path: string): boolean {
  return path.split('/').filter((p) => p !== '').length > 1;
}

/** A file as handed over: its path from the folder picked or dropped (`posts/2024/issue-3.md`), or its name alone. */
export interface HandedPath {
  path: string;
}

/** A file handed over, its bytes read only when asked for (a folder's other files never are). */
export interface HandedFile extends HandedPath {
  bytes: () => Promise<Uint8Array>;
}

/**
 * Whether a file an import could not read says it is no issue at all (empty, or naming no title
 * or issue number: a repository's `README.md`, a blog's about page), rather than an issue it
 * could not read: found in a folder handed over, it is left out quietly, not as a failure.
 */
export function namesNoIssue(problem: IssueProblem): boolean {
  return problem.code === 'empty' || problem.code === 'no-title' || problem.code === 'no-issue-number';
}

/** Whether an import looks inside a folder of this name: not one hidden, not installed dependencies. */
export function entersFolder(name: string): boolean {
  return !name.startsWith('.') && name !== 'node_modules';
}

/**
 * The name an issue's file goes by: its path, but a post kept in a folder of its own with its
 * pictures (a page bundle: Hugo's and Docusaurus's `2024-10-01-issue-42/index.md`, a repository's
 * `issues/42/README.md`, though not the `README.md` at the top of the folder handed over) by its
 * folder's name, as a file of its own would be named
 * (`2024-10-01-issue-42.md`): the issue's number, date and title are read there, and the next
 * issue is named so.
 */
export function issueFileName(path: string): string {
  const bundle = BUNDLE_PAGE.exec(path);
  // (A README at the top of the folder handed over is its repository's, not a post's.)
  if (!bundle || (/^readme\./i.test(path.replace(/^.*[/\\]/, '')) && !/[/\\]/.test(bundle[1] as string))) return datedByFolders(path);
  return datedByFolders(`${bundle[1]}${bundle[2]}`);
}

/**
 * A post named by its day of the month in folders of its year and month (This Week in Neovim's
 * `2022/Aug/29.md`, a blog's `2024/05/06.md`): named by that day whole (`2022-08-29.md`), as
 * its day is read from a name, and the next issue is named so.
 */
function datedByFolders(path: string): string {
  const m = DAY_IN_FOLDERS.exec(path);
  if (!m) return path;
  const [, before = '', year = '', monthText = '', dayText = '', ext = ''] = m;
  const month = /^\d+$/.test(monthText) ? Number(monthText) : monthOfName(monthText);
  if (month === undefined || !isValidDay(Number(year), month, Number(dayText))) return path;
  const day = Number(dayText);
  return `${before}${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}${ext}`;
}

/**
 * The extensions of the Markdown an import reads from a folder: Markdown's own, MDX (Docusaurus,
 * This Week in React), and Quarto's and R Markdown's, Markdown with code chunks (R digests' blogs).
 */
export const MARKDOWN_EXTENSIONS = ['md', 'markdown', 'mdx', 'qmd', 'rmd'] as const;

const EXTENSION = `\\.(?:${MARKDOWN_EXTENSIONS.join('|')})`;
const MARKDOWN_NAME = new RegExp(`${EXTENSION}$`, 'i');
const SECTION_PAGE = new RegExp(`^_index${EXTENSION}$`, 'i');
const DAY_IN_FOLDERS = new RegExp(`^(.*?)((?:19|20)\\d\\d)[/\\\\]([a-z]{3,9}|\\d{1,2})[/\\\\](\\d{1,2})(${EXTENSION})$`, 'i');
const BUNDLE_PAGE = new RegExp(`^(.*[^/\\\\])[/\\\\](?:index|readme)(${EXTENSION})$`, 'i');
