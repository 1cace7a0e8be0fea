import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createBackup, type Backup } from '../core/backup.ts';
import { parseBackup } from '../core/backup-schema.ts';
import { isIsoDate, isoDateAt } from '../core/calendar-date.ts';
import { decodeIssueBytes } from '../core/decode-issue.ts';
import { exportDraft, exportPublished } from '../core/issue-export.ts';
import { applyImport, planImport } from '../core/issue-import.ts';
import { suggestGroups, trainSuggestionModel } from '../core/project-suggestion.ts';
import { DEFAULT_SETTINGS } from '../core/settings.ts';
import { DEFAULT_TEMPLATE } from '../core/template.ts';

const USAGE = `Usage:
  digest import FILE.md [FILE.md ...]        print a backup holding those issues
  digest export BACKUP.json [--issue N]      print issue N, or the queued items as the next issue
  digest suggest [--backup BACKUP.json]      read {"url","title"} lines, print {"section","project"}
Options:
  --today YYYY-MM-DD   the day to date a draft by (default: today)`;

class UsageError extends Error {}

type Command = (args: string[], today: string) => Promise<number>;

const commands: Record<string, Command> = {
  async import(args, today) {
    if (args.length === 0) throw new UsageError('import needs at least one Markdown file.');
    const decoded = await Promise.all(args.map(async (name) => ({ name, text: decodeIssueBytes(await readBytes(name)) })));
    const undecodable = decoded.flatMap((f) => (f.text.ok ? [] : [{ file: f.name, ...f.text.error }]));
    const files = decoded.flatMap((f) => (f.text.ok ? [{ name: f.name, text: f.text.value }] : []));
    const empty = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
    const plan = planImport(files, empty, today);
    const failures = [...undecodable, ...plan.failures];
    if (failures.length > 0) {
      for (const f of failures) process.stderr.write(`${f.file}:${f.line}: ${f.message}\n`);
      return 1;
    }
    const state = applyImport(empty, plan);
    const backup = createBackup({ settings: DEFAULT_SETTINGS, ...state }, new Date());
    process.stdout.write(JSON.stringify(backup, null, 2) + '\n');
    return 0;
  },

  async export(args, today) {
    const { values, positionals } = parseArgs({ args, options: { issue: { type: 'string' } }, allowPositionals: true });
    if (positionals.length !== 1) throw new UsageError('export needs exactly one backup file.');
    const backup = await readBackup(positionals[0] as string);
    if (values.issue !== undefined) {
      const number = Number(values.issue);
      if (!Number.isInteger(number) || number < 1) throw new UsageError(`--issue wants an issue number, not "${values.issue}".`);
      const exported = exportPublished(backup, number);
      if (!exported) {
        const held = backup.issues.map((i) => i.number).join(', ') || 'none';
        process.stderr.write(`Issue ${number} is not in ${positionals[0]} (it holds: ${held}).\n`);
        return 1;
      }
      process.stdout.write(exported.markdown);
      return 0;
    }
    process.stdout.write(exportDraft(backup, backup.settings.openIssue, today).markdown);
    return 0;
  },

  async suggest(args) {
    const { values } = parseArgs({ args, options: { backup: { type: 'string' } } });
    const backup = values.backup === undefined ? undefined : await readBackup(values.backup);
    const template = backup?.template ?? DEFAULT_TEMPLATE;
    const model = backup ? trainSuggestionModel(backup.items.filter((i) => i.issue !== null)) : undefined;
    let status = 0;
    let lineNumber = 0;
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      lineNumber++;
      if (line.trim() === '') continue;
      const input = readSuggestInput(line);
      if (typeof input === 'string') {
        process.stderr.write(`stdin:${lineNumber}: ${input}\n`);
        status = 1;
        continue;
      }
      const best = suggestGroups(input, template, model)[0];
      process.stdout.write(JSON.stringify({ section: best?.section ?? null, project: best?.project ?? null }) + '\n');
    }
    return status;
  },
};

function readSuggestInput(line: string): { url: string; title: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not a JSON line; expected {"url": "…", "title": "…"}';
  }
  if (typeof value !== 'object' || value === null) return 'expected a JSON object with "url" and "title"';
  const { url, title } = value as { url?: unknown; title?: unknown };
  if (typeof url !== 'string' && typeof title !== 'string') return 'the object has neither "url" nor "title"';
  return { url: typeof url === 'string' ? url : '', title: typeof title === 'string' ? title : '' };
}

async function readText(path: string): Promise<string> {
  return new TextDecoder().decode(await readBytes(path));
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    throw new UsageError(`Cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

async function readBackup(path: string): Promise<Backup> {
  const parsed = parseBackup(await readText(path));
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error.message}`);
  return parsed.value;
}

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
    process.stdout.write(USAGE + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`Unknown command "${name}".`);
  return command(rest, today);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`digest: ${(e as Error).message}\n${e instanceof UsageError ? '' : USAGE + '\n'}`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`digest: unexpected failure: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
