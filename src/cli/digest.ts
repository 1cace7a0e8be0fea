import { startingPlace } from '../core/suggestion/kind-suggestion.ts';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import { createBackup, type Backup } from '../core/backup/backup.ts';
import { parseBackup } from '../core/backup/backup-schema.ts';
import { translatorFor } from '../core/contracts/message-file.ts';
import { say } from '../core/contracts/wording.ts';
import { issueProblemWording, backupProblemWording } from '../core/contracts/problem-wording.ts';
import { isIsoDate, isoDateAt } from '../core/dates/calendar-date.ts';
import { decodeIssueBytes } from '../core/issue/decode-issue.ts';
import { entersFolder, inFolder, issueFileName, issueFilesOf, MARKDOWN_EXTENSIONS, namesNoIssue } from '../core/issue/issue-files.ts';
import { noEntryRead } from '../core/issue/no-entry-read.ts';
import { exportNextIssue, exportPublished } from '../core/issue/issue-export.ts';
import { applyImport, planImport, type ImportFailure } from '../core/issue/issue-import.ts';
import { issueIdOf, issueKeyOf, type IssueKey } from '../core/model/issue-key.ts';
import { DEFAULT_SETTINGS } from '../core/model/settings.ts';
import { DEFAULT_TEMPLATE, type Preset } from '../core/model/template.ts';
import { PRESETS } from '../core/template/presets.ts';
import { InputError, UsageError } from './cli-errors.ts';
import { TEAM_USAGE, teamCommand } from './team-commands.ts';
import { suggestGroups, trainSuggestionModel } from '../core/suggestion/project-suggestion.ts';

const USAGE = `Usage:
  digest import FILE.md|FOLDER [...]         print a backup holding those issues (a folder's Markdown at any depth)
  digest export BACKUP.json [--issue N]      print issue N, or the queued items as the next issue
  digest suggest [--backup BACKUP.json | --preset openstack]
                                             read {"url","title"} lines, print {"section","project"}
${TEAM_USAGE}
Options:
  --today YYYY-MM-DD   the day to date the next issue by (default: today)`;


/** The extension's English texts: the CLI words the core's codes exactly as the extension does. */
const t = translatorFor(en);

type Command = (args: string[], today: string) => Promise<number>;

const commands: Record<string, Command> = {
  async import(args, today) {
    if (args.length === 0) throw new UsageError('import needs at least one Markdown file or folder.');
    // A folder's Markdown at any depth, as the options page reads a folder handed over.
    const { read } = issueFilesOf((await Promise.all(args.map(handedPaths))).flat());
    if (read.length === 0) throw new UsageError(`import found no Markdown file (${MARKDOWN_EXTENSIONS.map((e) => `.${e}`).join(' ')}) there.`);
    // Named by their path in the folder given (a post in a folder of its own by that folder), or as given.
    const decoded = await Promise.all(read.map(async ({ path, file }) => ({ name: issueFileName(inFolder(path) ? path : file), inFolder: inFolder(path), text: decodeIssueBytes(await readBytes(file)) })));
    const inFolders = new Set(decoded.flatMap((f) => (f.inFolder ? [f.name] : [])));
    const undecodable: ImportFailure[] = decoded.flatMap((f) => (f.text.ok ? [] : [{ file: f.name, problem: f.text.error }]));
    const files = decoded.flatMap((f) => (f.text.ok ? [{ name: f.name, text: f.text.value }] : []));
    const empty = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
    const plan = planImport(files, empty, today);
    // A folder's other pages (its README, an about page) are no issues: left out, said so, not failures.
    const noIssue = (f: ImportFailure): boolean => inFolders.has(f.file) && namesNoIssue(f.problem);
    for (const f of plan.failures.filter(noIssue)) process.stderr.write(`${f.file}: not an issue (${say(t, issueProblemWording(f.problem))}); left out.\n`);
    const failures = [...undecodable, ...plan.failures.filter((f) => !noIssue(f))];
    for (const f of failures) process.stderr.write(`${f.file}:${f.problem.line}: ${say(t, issueProblemWording(f.problem))}\n`);
    // Two files of one issue: which one is meant is the editor's call, never a silent pick.
    for (const c of plan.conflicts) process.stderr.write(`${c.files.map((f) => f.name).join(', ')}: all are issue ${c.key}; import one of them.\n`);
    if (failures.length > 0 || plan.conflicts.length > 0) return 1;
    // A file named and titled like no issue of the series, that would have been its newest (an article kept beside them).
    for (const p of plan.leftOut.filter((l) => plan.unlike.includes(l.issue.key))) process.stderr.write(`${p.issue.fileName ?? p.issue.title}: named and titled like no other issue, it would have been the newest one; left out (import it on its own to take it).\n`);
    // Issues read with no entry at all, said as the options page says it; imported all the same.
    const unread = plan.parsed.filter((p) => p.items.length === 0).map((p) => p.issue.fileName ?? p.issue.title);
    if (unread.length > 0) process.stderr.write(`${t('importNoEntries', unread.join(', '))}\n`);
    const headings = plan.template.sections.flatMap((s) => (s.name === null ? [] : [s.name]));
    if (noEntryRead(plan.parsed) && headings.length > 0) process.stderr.write(`New entries go under its headings all the same: ${headings.join(', ')}.\n`);
    const state = applyImport(empty, plan);
    const backup = createBackup({ settings: DEFAULT_SETTINGS, ...state }, new Date());
    await write(JSON.stringify(backup, null, 2) + '\n');
    return 0;
  },

  async export(args, today) {
    const { values, positionals } = parseArgs({ args, options: { issue: { type: 'string', multiple: true } }, allowPositionals: true });
    if (positionals.length !== 1) throw new UsageError('export needs exactly one backup file.');
    const issues = values.issue ?? [];
    if (issues.length > 1) throw new UsageError('--issue may be given once.');
    // The arguments are checked before any file is read.
    const key = issues[0] === undefined ? undefined : issueKeyArgument(issues[0]);
    const backup = await readBackup(positionals[0] as string);
    if (key !== undefined) {
      const exported = exportPublished(backup, key);
      if (!exported) {
        const held = backup.issues.map((i) => i.key).join(', ') || 'none';
        throw new InputError(`Issue ${key} is not in ${positionals[0]} (it holds: ${held}).`);
      }
      await write(exported.markdown);
      return 0;
    }
    await write(exportNextIssue(backup, backup.settings.openIssue, today).markdown);
    return 0;
  },

  team(args, today) {
    return teamCommand(args, today, write, readBackup);
  },

  async suggest(args) {
    const { values } = parseArgs({ args, options: { backup: { type: 'string' }, preset: { type: 'string' } } });
    if (values.backup !== undefined && values.preset !== undefined) throw new UsageError('suggest takes --backup or --preset, not both.');
    const preset = values.preset === undefined ? undefined : presetArgument(values.preset);
    const backup = values.backup === undefined ? undefined : await readBackup(values.backup);
    const template = backup?.template ?? (preset ? PRESETS[preset] : DEFAULT_TEMPLATE);
    const model = backup ? trainSuggestionModel(backup.items.filter((i) => i.issue !== null), template) : undefined;
    let status = 0;
    let lineNumber = 0;
    // One answer per line, in order, so answers line up with questions: an error object for a
    // line that cannot be read.
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      lineNumber++;
      const input = readSuggestInput(lineNumber === 1 ? line.replace(/^\ufeff/, '') : line);
      if (typeof input === 'string') {
        await write(JSON.stringify({ error: input, line: lineNumber }) + '\n');
        status = 1;
        continue;
      }
      // The kind of page too, where the digest marks its entries' kinds.
      await write(JSON.stringify(startingPlace(input, suggestGroups(input, template, model), template, model)) + '\n');
    }
    return status;
  },
};

function readSuggestInput(line: string): { url: string; title: string } | string {
  if (line.trim() === '') return 'an empty line; expected {"url": "…", "title": "…"}';
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not a JSON line; expected {"url": "…", "title": "…"}';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object with "url" and "title"';
  const { url, title } = value as { url?: unknown; title?: unknown };
  if (typeof url !== 'string' && typeof title !== 'string') return 'the object has neither "url" nor "title"';
  return { url: typeof url === 'string' ? url : '', title: typeof title === 'string' ? title : '' };
}

function presetArgument(text: string): Preset {
  if (!Object.hasOwn(PRESETS, text)) throw new UsageError(`--preset knows ${Object.keys(PRESETS).join(', ')}, not "${text}".`);
  return text as Preset;
}

/** An issue as typed: `17` or `2024-W43` (digits only: no signs, exponents, spaces or other bases). */
function issueKeyArgument(text: string): IssueKey {
  const id = issueIdOf(text);
  if (!id) throw new UsageError(`--issue wants an issue number (17) or a year and week (2024-W43), not "${text}".`);
  return issueKeyOf(id);
}

/** A path as given: a file by itself, or a folder's files, each with its path from the folder (for issueFilesOf) and on disk. */
async function handedPaths(given: string): Promise<{ path: string; file: string }[]> {
  const folder = await stat(given).then((s) => s.isDirectory(), () => false);
  if (!folder) return [{ path: basename(given), file: given }];
  const walk = async (dir: string, path: string): Promise<{ path: string; file: string }[]> => {
    const entries = await readdir(dir, { withFileTypes: true });
    const found = await Promise.all(
      entries.map((e) => (e.isDirectory() ? (entersFolder(e.name) ? walk(join(dir, e.name), `${path}/${e.name}`) : []) : [{ path: `${path}/${e.name}`, file: join(dir, e.name) }])),
    );
    return found.flat().sort((a, b) => a.path.localeCompare(b.path));
  };
  return walk(given, basename(resolve(given)));
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    throw new UsageError(`Cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

async function readBackup(path: string): Promise<Backup> {
  const decoded = decodeIssueBytes(await readBytes(path));
  if (!decoded.ok) throw new InputError(`${path}:${decoded.error.line}: ${say(t, issueProblemWording(decoded.error))}`);
  const parsed = parseBackup(decoded.value);
  if (!parsed.ok) {
    const where = parsed.error.code === 'not-json' ? `${path}:${parsed.error.line}:${parsed.error.column}` : path;
    throw new InputError(`${where}: ${t('restoreError', say(t, backupProblemWording(parsed.error)))}`);
  }
  return parsed.value;
}

/** Writes to standard output, resolving once the text is handed over (or the reader has gone). */
function write(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

// A reader that stops early (`| head -1`) closes the pipe: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

async function main(argv: string[]): Promise<number> {
  const todayAt = argv.indexOf('--today');
  let today = isoDateAt(new Date());
  if (todayAt !== -1) {
    const value = argv[todayAt + 1] ?? '';
    if (!isIsoDate(value)) throw new UsageError(`--today wants a YYYY-MM-DD date, not "${value}".`);
    today = value;
    argv.splice(todayAt, 2);
  }
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    await write(USAGE + '\n');
    return name === undefined ? 2 : 0;
  }
  // An own property only: `constructor`, `toString` or `__proto__` are not commands.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) throw new UsageError(`Unknown command "${name}".`);
  return command(rest, today);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof InputError) {
      process.stderr.write(`digest: ${e.message}\n`);
      process.exitCode = 1;
      return;
    }
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`digest: ${(e as Error).message}\n${e instanceof UsageError ? '' : USAGE + '\n'}`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`digest: unexpected failure: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
