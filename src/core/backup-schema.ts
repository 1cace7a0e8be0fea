import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup.ts';
import { isIsoDate } from './calendar-date.ts';
import { err, ok, type Result } from './result.ts';

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

export interface BackupProblem {
  message: string;
  /** Where in the document, as a dotted path (`items.3.links.0.url`); '' for the whole. */
  path: string;
}

/**
 * Reads and checks a backup completely before anything uses it: a file that is not a backup, was
 * written by a newer version, or holds one wrong value is refused with what and where.
 */
export function parseBackup(input: string | unknown): Result<Backup, BackupProblem> {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      return err({ message: `This is not a JSON file: ${(e as Error).message}`, path: '' });
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return err({ message: 'This is not a Digest Clipper backup: it holds no JSON object.', path: '' });
  }
  const head = data as { format?: unknown; version?: unknown };
  if (head.format !== BACKUP_FORMAT) {
    return err({
      message: `This is not a Digest Clipper backup: "format" should be "${BACKUP_FORMAT}"${head.format === undefined ? ' and is missing' : `, not ${JSON.stringify(head.format)}`}.`,
      path: 'format',
    });
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return err({
      message: `This backup was written by a newer Digest Clipper (format version ${head.version}; this one reads up to ${BACKUP_VERSION}).`,
      path: 'version',
    });
  }
  const parsed = v.safeParse(BackupSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue) ?? '';
    return err({ message: `${path || 'The backup'}: ${issue.message}`, path });
  }
  const backup = parsed.output as Backup;
  const problem = crossCheck(backup);
  return problem ? err(problem) : ok(backup);
}

function crossCheck(backup: Backup): BackupProblem | undefined {
  const numbers = new Set<number>();
  for (const [i, issue] of backup.issues.entries()) {
    if (numbers.has(issue.number)) return { message: `Issue ${issue.number} appears twice.`, path: `issues.${i}.number` };
    numbers.add(issue.number);
  }
  const ids = new Set<string>();
  for (const [i, item] of backup.items.entries()) {
    if (ids.has(item.id)) return { message: `Item id "${item.id}" appears twice.`, path: `items.${i}.id` };
    ids.add(item.id);
    if (item.issue !== null && !numbers.has(item.issue)) {
      return { message: `Item "${item.id}" is filed under issue ${item.issue}, which the backup does not hold.`, path: `items.${i}.issue` };
    }
  }
  return undefined;
}

