import { SYMBOL_MARKER } from '../markdown/symbol-marker.ts';
import { isHtmlEntryForm } from '../template/html-entry-form.ts';
import { isAddressForm } from '../template/address-form.ts';
import { isHtmlParagraphMarker } from '../markdown/html-paragraph-entry.ts';
import { isListBullet } from '../template/heading-markers.ts';
import { THEMATIC_BREAK } from '../markdown/thematic-break.ts';
import { standsWithoutKey } from '../issue/front-matter.ts';
import { isUnsafeAddress, isWebAddress } from '../url/capturable-url.ts';
import { isEntryKind, MOST_KINDS } from '../model/entry-kind.ts';
import { MOST_MINUTES } from '../model/link.ts';
import * as v from 'valibot';
import { tableHeadCells } from '../markdown/table-rows.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup.ts';
import { isIsoDate } from '../dates/calendar-date.ts';
import { MAX_ISSUE_NUMBER, issueIdOf } from '../model/issue-key.ts';
import { HEAD_KINDS } from '../model/issue.ts';
import { err, ok, type Result } from '../model/result.ts';
import { upgradeIssue, upgradeItem, upgradeSettings, upgradeTemplate, type LegacyIssue, type LegacyItem, type LegacyTemplate } from './legacy-model.ts';
import { jsonErrorPosition, lineAndColumn } from './json-error-position.ts';
import { attributionDash } from '../issue/news-lines.ts';
import { SITE_LINE_FORM } from '../template/site-line.ts';
import { readingTimeForm } from '../template/reading-time-form.ts';
import { isGenericLinkText } from '../issue/generic-link-text.ts';
import type { ENTRY_DRESSING } from '../model/template.ts';

// Kept apart from backup.ts so that only what reads backups (restore, the CLI) loads valibot.

const isoDate = v.pipe(v.string(), v.check(isIsoDate));
const text = v.string();
const issueKey = v.pipe(v.string(), v.check((key) => issueIdOf(key) !== undefined));
/** A symbol an entry opens with for its kind of page (`📜`). */
const entryKind = v.pipe(v.string(), v.check(isEntryKind));
/** Addresses that run script or reach into the machine are never links of ours. */
const safeUrl = v.pipe(v.string(), v.minLength(1), v.check((url) => !isUnsafeAddress(url)));

const LinkSchema = v.object({
  url: safeUrl,
  title: text,
  label: v.optional(text),
  author: v.optional(text),
  image: v.optional(v.pipe(text, v.maxLength(2048), v.check(isWebAddress, 'a web address'))),
  minutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MOST_MINUTES))),
  inline: v.optional(v.boolean()),
  source: v.optional(text),
});

const itemFields = {
  id: v.pipe(v.string(), v.minLength(1)),
  section: v.nullable(text),
  project: v.nullable(text),
  comment: text,
  eventDate: v.optional(isoDate),
  dateText: v.optional(text),
  kind: v.optional(entryKind),
  links: v.array(LinkSchema),
  capturedAt: v.string(),
  order: v.pipe(v.number(), v.finite()),
};

const ItemSchema = v.object({ ...itemFields, issue: v.nullable(issueKey), source: v.optional(text) });

const PeriodSchema = v.pipe(
  v.object({ start: isoDate, end: isoDate }),
  v.check((p) => p.start <= p.end),
);

/** JSON's indentation and opening quote before a key, nothing else: no line of its own. */
const lead = v.optional(v.pipe(text, v.regex(/^[ \t]*"$/)));
const FieldSchema = v.object({ key: text, raw: text, sep: v.optional(text), lead });

const SegmentSchema = v.variant('kind', [
  v.object({
    kind: v.literal('heading'),
    before: text,
    raw: text,
    level: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6)),
    text,
    section: v.nullable(text),
    project: v.nullable(text),
  }),
  v.object({ kind: v.literal('item'), before: text, order: v.pipe(v.number(), v.finite()), closes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6))) }),
  v.object({ kind: v.literal('text'), before: text, raw: text }),
  v.object({ kind: v.literal('items'), before: text }),
]);

const number = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_ISSUE_NUMBER));

/** An entry's number, as a digest numbering its entries on from issue to issue writes it. */
const entryNumber = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(999_999_999));

const IssueSchema = v.object({
  key: issueKey,
  number,
  year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(9999))),
  title: text,
  period: v.nullable(PeriodSchema),
  published: v.nullable(isoDate),
  fileName: v.nullable(text),
  head: v.object({ kind: v.picklist(HEAD_KINDS), fields: v.array(FieldSchema), open: text, close: text }),
  body: v.array(SegmentSchema),
  end: text,
  lineBreak: v.optional(v.literal('\r\n')),
  entryNumbers: v.optional(v.pipe(v.object({ first: entryNumber, last: entryNumber }), v.check((n) => n.first <= n.last, 'first before last'))),
});

const name = v.pipe(v.string(), v.minLength(1), v.check((n) => !/[\r\n]/.test(n)));
/** A table's header and delimiter rows, and nothing else: they are written before the rows as they are. */
const tableHead = v.pipe(
  text,
  v.check((head) => tableHeadCells(head) !== undefined),
);
const TableSchema = v.object({ head: tableHead, link: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(63)), words: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(63)) });
const marker = v.pipe(
  text,
  // A symbol and its space, as a line opens with it (`👉 `), a list's bullet (`* `), the
  // marks of headings entries stand under (`### `), or the tag of paragraphs of HTML (`<p>`).
  v.check((m) => SYMBOL_MARKER.exec(`${m}x`)?.[0] === m || isListBullet(m) || /^#{1,6} $/.test(m) || isHtmlParagraphMarker(m)),
);
const grammar = v.picklist(['paragraph', 'bullet', 'numbered', 'heading']);
/** A heading's marks (`### `) are a marker only for entries under headings of their own, a `<p>` only for paragraphs. */
const headingMarksWithGrammar = (def: { marker?: string; grammar?: string }): boolean =>
  (!def.marker?.startsWith('#') || def.grammar === 'heading') && (!isHtmlParagraphMarker(def.marker ?? '') || def.grammar === 'paragraph');
/** How an entry names its page's author after the link: `by {author}` on its line, or `\n— {author}` on the one under it. */
const byline = v.pipe(text, v.maxLength(40), v.includes('{author}'), v.check((form) => !/[\n\r]/.test(form.replace(/^\n/, '')), 'one line'));
const wordsMarker = v.picklist(['* ', '- ', '+ ', '> ']);
/** How entries show their page's picture (see PictureStyle). */
const pictureStyle = v.object({ at: v.picklist(['under', 'opening', 'over']), linked: v.boolean(), titled: v.boolean() });

/** How entries give their page's address after their words (see AddressAfter). */
const addressAfter = v.object({ before: v.pipe(text, v.maxLength(24), v.regex(/^[^\n\r[\]<>]*\[?[ \t]*$/)), after: v.pipe(text, v.regex(/^[ \t]*[)）\]]?$/)), form: v.picklist(['bare', 'angle', 'titled']), text: v.optional(v.pipe(text, v.check(isGenericLinkText, 'a link naming no page'))), site: v.optional(v.literal(true)) });

/** How a heading's entries stand under it and dress their link where unlike the digest's others (see ENTRY_DRESSING: one check for each). */
/** How entries name their page's site after the link (`({site})`): one line holding `{site}`. */
const siteForm = v.pipe(text, v.maxLength(40), v.includes('{site}'), v.check((form) => !/[\n\r]/.test(form), 'one line'));
const dressing = { site: v.optional(v.union([siteForm, v.literal('none')])), separator: v.optional(v.pipe(text, v.maxLength(20))), wordsMarker: v.optional(wordsMarker), byline: v.optional(byline), referenceLink: v.optional(v.boolean()), referenceAuthor: v.optional(v.literal(true)), referenceAddress: v.optional(v.literal(true)), entriesBlank: v.optional(v.boolean()), entryPhrase: v.optional(v.pipe(text, v.maxLength(80), v.check((phrase) => !/[\n\r]/.test(phrase), 'one line'))), quoteCredit: v.optional(v.pipe(text, v.maxLength(4), v.check((dash) => attributionDash(dash) === dash, 'a dash and its spaces'))), picture: v.optional(v.union([pictureStyle, v.literal('none')])), addressAfter: v.optional(v.union([addressAfter, v.literal('none')])) } satisfies Record<(typeof ENTRY_DRESSING)[number], v.GenericSchema>;
const ProjectSchema = v.pipe(
  v.object({ name, aliases: v.array(text), hidden: v.boolean(), heading: v.optional(text), under: v.optional(text), table: v.optional(TableSchema), marker: v.optional(marker), loose: v.optional(v.boolean()), grammar: v.optional(grammar), ...dressing, intro: v.optional(text), outro: v.optional(text), daysWrittenFor: v.optional(isoDate), introBlank: v.optional(v.boolean()), introTight: v.optional(v.literal(true)), everyIssue: v.optional(v.boolean()) }),
  v.check((def) => headingMarksWithGrammar(def)),
);

const templateFields = {
  titlePattern: text,
  fileNamePattern: text,
  sectionLevel: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6)),
  projectLevel: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6)),
  blankAfterHeading: v.boolean(),
  blankBetweenHeadings: v.boolean(),
  dateLeadIn: text,
  linkStyle: v.picklist(['angle', 'bare', 'titled']),
  preamble: text,
  closing: v.optional(text),
  dayHeading: v.optional(text),
  contents: v.optional(
    v.object({
      marker: v.pipe(text, v.maxLength(8), v.regex(/^[ \t]*(?:[*+-]|1[.)])[ \t]+$/)),
      levels: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6))), v.maxLength(6)),
      anchors: v.picklist(['github', 'slug']),
      under: v.optional(v.pipe(text, v.maxLength(300), v.check((line) => !/[\n\r]/.test(line), 'one line'))),
    }),
  ),
  sections: v.array(v.pipe(v.object({ name: v.nullable(name), hidden: v.boolean(), projects: v.array(ProjectSchema), heading: v.optional(text), aliases: v.optional(v.array(text)), table: v.optional(TableSchema), marker: v.optional(marker), loose: v.optional(v.boolean()), grammar: v.optional(grammar), ...dressing, intro: v.optional(text), outro: v.optional(text), closing: v.optional(text), after: v.optional(text), daysWrittenFor: v.optional(isoDate), introBlank: v.optional(v.boolean()), introTight: v.optional(v.literal(true)), everyIssue: v.optional(v.boolean()) }), v.check((def) => headingMarksWithGrammar(def)))),
  rules: v.optional(v.array(v.object({ field: v.picklist(['url', 'title']), match: v.pipe(v.string(), v.minLength(1)), project: v.pipe(v.string(), v.minLength(1)) }))),
};

const TemplateSchema = v.object({
  ...templateFields,
  preset: v.optional(v.picklist(['openstack'])),
  head: v.picklist(HEAD_KINDS),
  titleUnderline: v.optional(v.object({ mark: v.picklist(['=', '-']), length: v.union([v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)), v.picklist(['chars', 'columns'])]) })),
  lineBreak: v.optional(v.literal('\r\n')),
  headTight: v.optional(v.literal(true)),
  htmlListsInline: v.optional(v.literal(true)),
  frontMatter: v.array(
    v.pipe(
      v.object({ key: text, raw: text, sep: v.optional(text), lead }),
      // A line with no key is a TOML table, a comment or a blank line, as learned: never one
      // that could close the metadata early.
      v.check((f) => f.key !== '' || standsWithoutKey(f.raw), 'a table line, comment or blank line'),
    ),
  ),
  items: v.object({
    grammar,
    marker: text,
    separator: text,
    loose: v.boolean(),
    comments: v.boolean(),
    countsAcross: v.optional(v.boolean()),
    countsOn: v.optional(v.literal(true)),
    strongLink: v.optional(v.picklist(['**', '__'])),
    strongWithin: v.optional(v.literal(true)),
    openItems: v.optional(v.literal(true)),
    htmlForm: v.optional(v.pipe(text, v.maxLength(8000), v.check(isHtmlEntryForm, 'says where the page goes'))),
    addressForm: v.optional(v.pipe(text, v.maxLength(2000), v.check(isAddressForm, 'is a web address ending in the page’s'))),
    referenceLink: v.optional(v.literal(true)),
    referenceAuthor: v.optional(v.literal(true)),
    referenceAddress: v.optional(v.literal(true)),
    linksApart: v.optional(v.literal(true)),
    linkFirst: v.optional(v.boolean()),
    linkLabels: v.optional(v.object({ by: v.picklist(['number', 'name']), at: v.picklist(['end', 'entry']) })),
    htmlLinks: v.optional(v.literal(true)),
    picture: v.optional(pictureStyle),
    titleLine: v.optional(v.object({ strong: v.picklist(['**', '__']), link: v.picklist(['angle', 'bare', 'titled']), softBreak: v.optional(v.literal(true)) })),
    leadTitle: v.optional(
      v.pipe(
        v.object({
          open: v.picklist(['**', '__', '【']),
          close: v.picklist(['**', '__', '】']),
          between: v.pipe(text, v.maxLength(8), v.regex(/^[ \t]*(?:[-–—:：][ \t]*)?$/)),
          ending: v.union([
            v.object({ before: v.pipe(text, v.maxLength(4), v.regex(/^[ \t]*$/)), text: v.pipe(text, v.maxLength(24), v.check(isGenericLinkText, 'a link naming no page')) }),
            v.object({ label: v.pipe(text, v.maxLength(16), v.regex(/^[ \t]*[^\s[\]()<>:：]{1,10}[:：][ \t]*$/u)), form: v.picklist(['bare', 'angle']) }),
            v.object({ afterTitle: v.literal(true), before: v.pipe(text, v.maxLength(8), v.regex(/^[ \t]*(?:[:：][ \t]*)?[(（]?$/)), form: v.picklist(['bare', 'angle']), after: v.pipe(text, v.regex(/^[)）]?$/)) }),
          ]),
        }),
        v.check((lead) => (lead.open === '【') === (lead.close === '】') && (lead.open === '【' || lead.open === lead.close), 'marks that pair'),
      ),
    ),
    addressAfter: v.optional(addressAfter),
    tightUnderTitle: v.optional(v.literal(true)),
    headingLink: v.optional(v.object({ before: v.pipe(text, v.maxLength(8), v.regex(/^[ \t]*[-–—:：|]?[ \t]*[(（]?$/)), text: v.pipe(text, v.check(isGenericLinkText, 'a link naming no page')), after: v.pipe(text, v.regex(/^[)）]?$/)) })),
    quoted: v.optional(v.boolean()),
    wordsMarker: v.optional(wordsMarker),
    site: v.optional(siteForm),
    siteLine: v.optional(v.pipe(text, v.maxLength(40), v.check((form) => SITE_LINE_FORM.test(form), 'a site between marks'))),
    wordsEmphasis: v.optional(v.picklist(['*', '_'])),
    readingTimeInTitle: v.optional(v.literal(true)),
    titleEnd: v.optional(v.pipe(text, v.maxLength(8), v.regex(/^\s*[→»↗➜⟶›]+$/u))),
    strongNumber: v.optional(v.pipe(text, v.regex(/^[.)、][ \t]?$/))),
    readingTime: v.optional(v.pipe(text, v.maxLength(40), v.check((form) => readingTimeForm(form.replace('{minutes}', '5')) === form, 'a reading time in brackets'))),
    siteLineOwners: v.optional(v.pipe(v.array(v.pipe(text, v.maxLength(253), v.regex(/^[a-z0-9.-]+$/))), v.maxLength(100))),
    byline: v.optional(byline),
    credit: v.optional(v.pipe(text, v.maxLength(80), v.includes('{author}'), v.check((form) => !/[\n\r]/.test(form), 'one line'))),
    rule: v.optional(v.pipe(text, v.regex(THEMATIC_BREAK))),
    pageLink: v.optional(
      v.object({
        text: v.pipe(text, v.maxLength(200)),
        line: v.boolean(),
        labelled: v.optional(v.object({ label: v.pipe(text, v.maxLength(200)), form: v.picklist(['bare', 'angle', 'titled']) })),
        inline: v.optional(v.literal(true)),
        embed: v.optional(v.picklist(['embed', 'link', 'linkpreview'])),
        above: v.optional(v.literal(true)),
        softBreak: v.optional(v.literal(true)),
      }),
    ),
    kinds: v.optional(v.pipe(v.array(entryKind), v.maxLength(MOST_KINDS))),
  }),
  labels: v.object({ section: v.nullable(text), project: v.nullable(text) }),
  learnedFrom: v.optional(issueKey),
});

const reminders = v.object({
  enabled: v.boolean(),
  cadenceDays: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(366))),
});

const openIssueDates = { start: v.optional(isoDate), end: v.optional(isoDate) };
const orderedDates = (o: { start?: string | undefined; end?: string | undefined }): boolean => o.start === undefined || o.end === undefined || o.start <= o.end;

const SettingsSchema = v.object({
  openIssue: v.pipe(
    v.object({ key: v.optional(issueKey), ...openIssueDates, subtitle: v.optional(text), intro: v.optional(text) }),
    v.check(orderedDates),
  ),
  reminders,
  closeAfterSave: v.optional(v.boolean()),
  welcomed: v.optional(v.boolean()),
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

/** Version 1, read and upgraded (docs/backup-format.md, Compatibility). */
const LegacyBackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(1),
  exportedAt: v.string(),
  settings: v.object({
    openIssue: v.pipe(v.object({ number: v.optional(v.pipe(number, v.minValue(1))), ...openIssueDates }), v.check(orderedDates)),
    reminders,
  }),
  template: v.object({ ...templateFields, frontMatter: v.array(v.object({ key: v.pipe(v.string(), v.minLength(1)), value: text })), learnedFrom: v.optional(number) }),
  issues: v.array(
    v.object({
      number: v.pipe(number, v.minValue(1)),
      title: text,
      period: v.nullable(PeriodSchema),
      published: v.nullable(isoDate),
      fileName: v.nullable(text),
      frontMatter: v.array(v.object({ key: text, raw: text })),
      preamble: text,
      trailer: text,
      outline: v.array(
        v.object({
          level: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6)),
          text,
          section: v.nullable(text),
          project: v.nullable(text),
          at: v.pipe(v.number(), v.integer(), v.minValue(0)),
          blankBefore: v.boolean(),
          blankAfter: v.boolean(),
        }),
      ),
      blankAfterFrontMatter: v.boolean(),
    }),
  ),
  items: v.array(v.object({ ...itemFields, issue: v.nullable(v.pipe(number, v.minValue(1))) })),
});

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
  | { code: 'unsafe-url'; path: string; url: string }
  | { code: 'duplicate-issue'; path: string; issue: string }
  | { code: 'duplicate-item'; path: string; id: string }
  | { code: 'orphan-item'; path: string; id: string; issue: string };

export type BackupProblemCode = BackupProblem['code'];

export const BACKUP_PROBLEM_CODES: readonly BackupProblemCode[] = [
  'not-json',
  'not-object',
  'not-backup',
  'newer-version',
  'invalid-value',
  'unsafe-url',
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
  const legacy = head.version === 1;
  const parsed = legacy ? v.safeParse(LegacyBackupSchema, data) : v.safeParse(BackupSchema, data);
  if (!parsed.success) return err(problemOf(parsed.issues[0]));
  const backup = legacy ? upgradeBackup(parsed.output as v.InferOutput<typeof LegacyBackupSchema>) : (parsed.output as Backup);
  const problem = crossCheck(backup);
  return problem ? err(problem) : ok(backup);
}

function problemOf(issue: v.BaseIssue<unknown>): BackupProblem {
  const path = v.getDotPath(issue) ?? '';
  if (/(^|\.)url$/.test(path) && issue.type === 'check' && typeof issue.input === 'string') return { code: 'unsafe-url', path, url: shorten(issue.input) };
  return { code: 'invalid-value', path, expected: shorten(expectationOf(issue, path)), received: shorten(issue.received) };
}

/** A version 1 backup in today's model: issues laid out as pieces, keys for numbers. */
function upgradeBackup(old: v.InferOutput<typeof LegacyBackupSchema>): Backup {
  const counts = new Map<number, number>();
  for (const item of old.items) if (item.issue !== null) counts.set(item.issue, (counts.get(item.issue) ?? 0) + 1);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: old.exportedAt,
    settings: upgradeSettings(old.settings),
    template: upgradeTemplate(old.template as LegacyTemplate),
    issues: old.issues.map((issue) => upgradeIssue(issue as LegacyIssue, counts.get(issue.number) ?? 0)),
    items: old.items.map((item) => upgradeItem(item as LegacyItem)),
  };
}

function crossCheck(backup: Backup): BackupProblem | undefined {
  const keys = new Set<string>();
  for (const [i, issue] of backup.issues.entries()) {
    if (keys.has(issue.key)) return { code: 'duplicate-issue', path: `issues.${i}.key`, issue: issue.key };
    keys.add(issue.key);
  }
  const ids = new Set<string>();
  for (const [i, item] of backup.items.entries()) {
    if (ids.has(item.id)) return { code: 'duplicate-item', path: `items.${i}.id`, id: shorten(item.id) };
    ids.add(item.id);
    if (item.issue !== null && !keys.has(item.issue)) {
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
function expectationOf(issue: v.BaseIssue<unknown>, path: string): string {
  if (issue.type === 'check') {
    if (/(^|\.)(key|issue|learnedFrom)$/.test(path)) return '17, 2024-W43';
    if (/period$|openIssue$/.test(path)) return 'start <= end';
    if (/name$/.test(path)) return 'one line';
    return 'YYYY-MM-DD';
  }
  return issue.expected ?? issue.type;
}
