import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup.ts';
import { isIsoDate } from '../dates/calendar-date.ts';
import { err, ok, type Result } from '../model/result.ts';
import { jsonErrorPosition, lineAndColumn } from './json-error-position.ts';

// Kept apart from backup.ts so that only what reads backups (restore, the CLI) loads valibot.

const isoDate = v.pipe(v.string(), v.check(isIsoDate, 'Expected a real day as YYYY-MM-DD'));
const text = v.string();

const LinkSchema = v.object({
  url: v.pipe(v.string(), v.minLength(1)),
  title: text,
  label: v.optional(text),
  inline: v.optional(v.boolean()),
  source: v.optional(text),
});

const ItemSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  section: v.nullable(text),
  project: v.nullable(text),
  comment: text,
  eventDate: v.optional(isoDate),
  dateText: v.optional(text),
  links: v.array(LinkSchema),
  capturedAt: v.string(),
  order: v.pipe(v.number(), v.finite()),
  issue: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

const HeadingSchema = v.object({
  level: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6)),
  text,
  section: v.nullable(text),
  project: v.nullable(text),
  at: v.number(),
  blankBefore: v.boolean(),
  blankAfter: v.boolean(),
});

const PeriodSchema = v.object({ start: isoDate, end: isoDate });

const IssueSchema = v.object({
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: text,
  period: v.nullable(PeriodSchema),
  published: v.nullable(isoDate),
  fileName: v.nullable(text),
  frontMatter: v.array(v.object({ key: text, raw: text })),
  preamble: text,
  trailer: text,
  outline: v.array(HeadingSchema),
  blankAfterFrontMatter: v.boolean(),
});

const ProjectSchema = v.object({ name: v.pipe(v.string(), v.minLength(1)), aliases: v.array(text), hidden: v.boolean() });

const TemplateSchema = v.object({
  frontMatter: v.array(v.object({ key: v.pipe(v.string(), v.minLength(1)), value: text })),
  titlePattern: text,
  fileNamePattern: text,
  sectionLevel: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6)),
  projectLevel: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6)),
  blankAfterHeading: v.boolean(),
  blankBetweenHeadings: v.boolean(),
  dateLeadIn: text,
  linkStyle: v.picklist(['angle', 'titled']),
  preamble: text,
  sections: v.array(v.object({ name: v.nullable(text), hidden: v.boolean(), projects: v.array(ProjectSchema) })),
  rules: v.optional(v.array(v.object({ field: v.picklist(['url', 'title']), match: v.pipe(v.string(), v.minLength(1)), project: v.pipe(v.string(), v.minLength(1)) }))),
  learnedFrom: v.optional(v.number()),
});

const SettingsSchema = v.object({
  openIssue: v.object({
    number: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    start: v.optional(isoDate),
    end: v.optional(isoDate),
  }),
  reminders: v.object({
    enabled: v.boolean(),
    cadenceDays: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(366))),
  }),
});

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.string(),
  settings: SettingsSchema,
  template: TemplateSchema,
  issues: v.array(IssueSchema),
  items: v.array(ItemSchema),
});

// Compile-time proof that the schema and the model say the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesModel: Same<v.InferOutput<typeof BackupSchema>, Backup> = true;
void schemaMatchesModel;

/**
 * Why a file cannot be restored, and where: `path` is a dotted path into the document
 * (`items.3.links.0.url`), '' for the whole. Codes, not sentences: the interface words them.
 */
export type BackupProblem =
  | { code: 'not-json'; path: ''; line: number; column: number }
  | { code: 'not-object'; path: '' }
  | { code: 'not-backup'; path: 'format'; found: string }
  | { code: 'newer-version'; path: 'version'; version: number; supported: number }
  | { code: 'invalid-value'; path: string; expected: string; received: string }
  | { code: 'duplicate-issue'; path: string; number: number }
  | { code: 'duplicate-item'; path: string; id: string }
  | { code: 'orphan-item'; path: string; id: string; issue: number };

export type BackupProblemCode = BackupProblem['code'];

export const BACKUP_PROBLEM_CODES: readonly BackupProblemCode[] = [
  'not-json',
  'not-object',
  'not-backup',
  'newer-version',
  'invalid-value',
  'duplicate-issue',
  'duplicate-item',
  'orphan-item',
];

/**
 * Reads and checks a backup completely before anything uses it: a file that is not a backup, was
 * written by a newer version, or holds one wrong value is refused with what and where.
 */
export function parseBackup(input: string | unknown): Result<Backup, BackupProblem> {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      const at = jsonErrorPosition(input);
      return err({ code: 'not-json', path: '', ...lineAndColumn(input, at === -1 ? 0 : at) });
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return err({ code: 'not-object', path: '' });
  }
  const head = data as { format?: unknown; version?: unknown };
  if (head.format !== BACKUP_FORMAT) {
    return err({ code: 'not-backup', path: 'format', found: head.format === undefined ? '' : shorten(JSON.stringify(head.format)) });
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return err({ code: 'newer-version', path: 'version', version: head.version, supported: BACKUP_VERSION });
  }
  const parsed = v.safeParse(BackupSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue) ?? '';
    return err({ code: 'invalid-value', path, expected: shorten(expectationOf(issue)), received: shorten(issue.received) });
  }
  const backup = parsed.output as Backup;
  const problem = crossCheck(backup);
  return problem ? err(problem) : ok(backup);
}

function crossCheck(backup: Backup): BackupProblem | undefined {
  const numbers = new Set<number>();
  for (const [i, issue] of backup.issues.entries()) {
    if (numbers.has(issue.number)) return { code: 'duplicate-issue', path: `issues.${i}.number`, number: issue.number };
    numbers.add(issue.number);
  }
  const ids = new Set<string>();
  for (const [i, item] of backup.items.entries()) {
    if (ids.has(item.id)) return { code: 'duplicate-item', path: `items.${i}.id`, id: shorten(item.id) };
    ids.add(item.id);
    if (item.issue !== null && !numbers.has(item.issue)) {
      return { code: 'orphan-item', path: `items.${i}.issue`, id: shorten(item.id), issue: item.issue };
    }
  }
  return undefined;
}


/** A value as it may stand in a one-line message. */
function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 60 ? line.slice(0, 60) + '…' : line;
}

/** What a schema issue expected, as a short technical token (`string`, `>=0`, `YYYY-MM-DD`). */
function expectationOf(issue: v.BaseIssue<unknown>): string {
  // The schema's one `check` is the calendar-day check of dates.
  if (issue.type === 'check') return 'YYYY-MM-DD';
  return issue.expected ?? issue.type;
}
