import { isHeadingAnchor } from '../markdown/heading-anchor.ts';
import { entryNumbersOf } from './entry-numbers.ts';
import { DATE_KEYS, metadataValue, TITLE_KEYS } from './metadata-keys.ts';
import { foldLineBreaks } from '../markdown/fold-line-breaks.ts';
import type { IsoDate } from '../dates/calendar-date.ts';
import { scanBlocks } from '../markdown/blocks.ts';
import { collectLinkDefinitions } from '../markdown/markdown-links.ts';
import type { Issue, Segment } from '../model/issue.ts';
import { datedIssueId, dayOf, issueKeyOf, type IssueId } from '../model/issue-key.ts';
import type { GroupKey, Item } from '../model/item.ts';
import { err, ok, type Result } from '../model/result.ts';
import type { ItemGrammar } from '../model/template.ts';
import { headingName } from './heading-name.ts';
import { readHead, stripHeadingText } from './issue-head.ts';
import { datelineDay } from './dateline.ts';
import { atxHeading } from '../markdown/heading-lines.ts';
import { isTooLarge, knownNumberAt, readDigits, readFileNameNumber, readTitleDay, readTitleNumber, type TooLarge } from './issue-number.ts';
import { excerpt, type IssueProblem } from './issue-problem.ts';
import { isBundleIndex, periodOf, readTitleRange, titleFromFileName } from './issue-title.ts';
import { entryHeadings } from './entry-headings.ts';
import { isContentsList } from '../markdown/contents-line.ts';
import { entryHeadingLevel } from './entry-heading-level.ts';
import { chooseGrammar, grammarEvidence, splitItems, type GrammarEvidence } from './item-grammar.ts';
import { readItemText } from './item-text.ts';
import { withLabelHeadings } from './label-heading.ts';
import { publishedFromFileName, readDateField } from './publication-date.ts';
import { unixNewlines } from '../markdown/unix-newlines.ts';
import { listLinesApart } from '../markdown/list-lines-apart.ts';

/** Text with runs of white space as one space and none at the ends, to compare a heading with the title. */
const collapsed = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** An imported issue and its items. */
export interface ParsedIssue {
  issue: Issue;
  items: Item[];
  /** How strongly the document shows each item grammar, for learning the digest's own. */
  evidence: GrammarEvidence;
  /** The grammar its items were read by. */
  grammar: ItemGrammar;
  /** Addresses that run code or open local files, left in the words and never made links. */
  unsafeLinks: string[];
  /** The line the body starts at, after the issue's metadata (lines counted with Unix newlines). */
  bodyLine: number;
  /** The metadata's field values by lower-cased key, as its language reads them (see ReadHead). */
  values: ReadonlyMap<string, string>;
}

export interface ParseIssueOptions {
  /** The file name, which may carry the publication day and the number. */
  fileName?: string;
  /** Anchors years when neither the file name nor the metadata gives a date. */
  today?: IsoDate;
  /** The digest's item grammar, where it is known; else the document's own shows it. */
  grammar?: ItemGrammar;
  /** Second-level headings that stand alone are told from first-level ones by these names. */
  projectNames?: readonly string[];
  /** Documents longer than this many characters are refused. */
  maxChars?: number;
  /** Symbols the digest is known to list its entries by (`🔗`): a line opening with one is an entry, alone too. */
  symbols?: readonly string[];
  /** Lists and paragraphs the digest writes word for word in other issues (see standingBlocks): text, not entries. */
  standing?: ReadonlySet<string>;
  /** Paragraphs other issues write in the same words but for the pages they link (see alikeButLinks). */
  alikeButLinks?: ReadonlySet<string>;
  /** Whether the digest gives a paragraph entry's link alone above its words (see linksAbove); told by the document where not given. */
  linksAbove?: boolean;
  /** The heading names other issues write too (see recurringHeadings), where there are others to compare with. */
  recurringHeadings?: ReadonlySet<string>;
  /** The heading names three issues or more write (see standingHeadings): the digest's own parts. */
  standingHeadings?: ReadonlySet<string>;
  /** The first `#` heading is the issue's first section, not its title (see below); set by the parser itself. */
  headingIsSection?: boolean;
}

export const MAX_ISSUE_CHARS = 1_000_000;

/**
 * Reads a published issue, however its digest writes it, into its issue, items and the text
 * around them. Exporting the result gives the document back (the round-trip law, README): every
 * line lands in exactly one piece — metadata, heading, item or text kept verbatim — with the exact
 * white space between them. Anything that is not a digest issue is refused with the problem and
 * its line; nothing half-read is returned.
 */
export function parseIssue(input: string, options: ParseIssueOptions = {}): Result<ParsedIssue, IssueProblem> {
  const refusal = refuseNonIssue(input, options.maxChars ?? MAX_ISSUE_CHARS);
  if (refusal) return err(refusal);
  const text = unixNewlines(input.replace(/^\ufeff/, ''));
  const written = text.split('\n');
  const read = readHead(written, { headingTitle: options.headingIsSection !== true });
  if ('code' in read) return err(read);
  const { head, bodyLine, values } = read;
  // The body's lines as a list of one item a line would have them: the head's are the written ones.
  const { lines, starts: lineStart } = listLinesApart(written, bodyLine);
  const fileName = options.fileName ? issueFileName(options.fileName) : null;

  const titled = metadataValue(values, TITLE_KEYS);
  const title = foldLineBreaks(titled?.value ?? '').trim() || (fileName ? titleFromFileName(fileName) : '');
  const titleField = new RegExp(`^${titled?.key ?? 'title'}[ \\t]*[:=]`, 'i');
  const titleLine = Math.max(1, lines.findIndex((l) => titleField.test(l)) + 1);
  if (title === '') return err({ code: 'no-title', line: 1 });
  const stated = (fileName ? publishedFromFileName(fileName) : undefined) ?? readDateField(metadataValue(values, DATE_KEYS)?.value ?? '') ?? null;
  const titleText = collapsed(title);
  // A line under the title that gives the day (`Published on November 14, 2026.`), where
  // neither the file's name nor its metadata does.
  const statedDay = stated ?? datelineDay(lines, bodyLine, (line) => collapsed(stripHeadingText(atxHeading(line)?.text ?? '')) === titleText) ?? null;
  // An issue that states no number anywhere is known by the day it came out, where it says one
  // (a digest whose every title is `Weekly Links`).
  const id = issueIdFrom(values, title, fileName) ?? (statedDay ? datedIssueId(statedDay) : undefined);
  if (id === undefined) return err({ code: 'no-issue-number', line: titleLine, title: excerpt(title) });
  if (isTooLarge(id)) return err({ code: 'issue-number-too-large', line: titleLine, number: excerpt(id.tooLarge) });
  // One named by its day (`【Rust日报】2024-03-10`) came out that day, where nothing else says when;
  // so did a numbered one whose title names its day beside its number (`Kite Weekly #12 — Nov 14, 2026`).
  const titleDay = id.dated || statedDay !== null ? undefined : readTitleDay(title);
  const published = stated ?? (id.dated ? dayOf(id) : (statedDay ?? (titleDay ? dayOf(titleDay) : null)));

  const range = readTitleRange(title);
  const anchor = published ?? options.today;
  const period = range && anchor ? periodOf(range, anchor) : null;
  const dateAnchor = published ?? period?.end ?? options.today ?? null;

  // A heading that repeats the title (a post's `# Title` under its front matter) is the title
  // again, not a section the issue files items under: it stays as written, as text.
  const definitions = collectLinkDefinitions(lines.slice(bodyLine));
  const blocks = withLabelHeadings(
    scanBlocks(lines, bodyLine, options.symbols).map((b) => (b.kind === 'heading' && collapsed(stripHeadingText(b.text)) === titleText ? { kind: 'other' as const, start: b.start, end: b.end } : b)),
    lines,
    definitions,
    options.recurringHeadings,
  );
  // A first `#` heading that names no issue, where more first-level headings follow, is the
  // first of the issue's sections (This Week in Neovim opens with `# Neovim Core updates`): the
  // file's name is the title.
  if ((head.kind === 'heading' || head.kind === 'properties' || read.bodyTitle) && fileName !== null && !/\d/.test(title) && blocks.some((b) => b.kind === 'heading' && b.level === 1)) {
    return parseIssue(input, { ...options, headingIsSection: true });
  }
  const projectNames = new Set((options.projectNames ?? []).map((n) => n.toLowerCase()));
  const known = (heading: string): boolean => projectNames.has(headingName(heading).toLowerCase());
  const recurring = options.recurringHeadings ? { recurring: options.recurringHeadings } : {};
  const context = { known, definitions, ...recurring, ...(options.standing ? { standing: options.standing } : {}), ...(options.alikeButLinks ? { alikeButLinks: options.alikeButLinks } : {}), ...(options.linksAbove !== undefined ? { linksAbove: options.linksAbove } : {}), ...(options.standingHeadings ? { standingHeadings: options.standingHeadings } : {}) };
  const headings = entryHeadings(blocks, lines, context);
  const evidence = grammarEvidence(blocks, lines, { ...context, headings });
  const grammar = options.grammar ?? chooseGrammar(evidence);
  const pieces = splitItems(blocks, lines, grammar, { ...context, headings });

  const endOf = (line: number): number => (lineStart[line] as number) + (lines[line] as string).length;
  let previousEnd = head.kind === 'none' || bodyLine === 0 ? 0 : endOf(bodyLine - 1);

  const key = issueKeyOf(id);
  const levels = pieces.flatMap((p) => (p.kind === 'heading' ? [p.level] : []));
  // The first-level headings are the shallowest of the body (no spread: a body may hold
  // hundreds of thousands of headings).
  const minLevel = levels.reduce((a, b) => Math.min(a, b), Infinity);
  // The headings open at this point, each with the group it opened.
  const stack: { level: number; text: string; group: GroupKey }[] = [];
  let group: GroupKey = { section: null, project: null };
  const body: Segment[] = [];
  const items: Item[] = [];
  const unsafeLinks: string[] = [];
  const capturedAt = `${dateAnchor ?? '1970-01-01'}T00:00:00.000Z`;

  for (const piece of pieces) {
    const start = lineStart[piece.start] as number;
    const end = endOf(piece.end - 1);
    const before = text.slice(previousEnd, start);
    const raw = text.slice(start, end);
    previousEnd = end;
    if (piece.kind === 'heading') {
      const name = headingName(piece.text);
      while (stack.length > 0 && (stack.at(-1) as { level: number }).level >= piece.level) stack.pop();
      group =
        stack.length >= 1
          ? { section: (stack[0] as { text: string }).text, project: name }
          : piece.level > minLevel || projectNames.has(name.toLowerCase())
            ? { section: null, project: name }
            : { section: name, project: null };
      stack.push({ level: piece.level, text: name, group });
      // An empty anchor just above the heading (`<a id="news"></a>`, for a list of contents to
      // link to) is the heading's own: it goes where the heading goes, never with the words before.
      const above = body.at(-1);
      if (above?.kind === 'text' && isHeadingAnchor(above.raw) && /^[ \t]*\n(?:[ \t]*\n)?[ \t]*$/.test(before)) {
        body.pop();
        body.push({ kind: 'heading', before: above.before, raw: above.raw + before + raw, level: piece.level, text: name, ...group });
        continue;
      }
      body.push({ kind: 'heading', before, raw, level: piece.level, text: name, ...group });
      continue;
    }
    if (piece.kind === 'text') {
      body.push({ kind: 'text', before, raw });
      // A heading over the issue's list of contents and nothing more (`# Table of Contents`) heads
      // that list alone: what comes after it is no part of it, though it stands deeper (OCaml
      // Weekly News' `##` stories after its `#` contents).
      if (body.at(-2)?.kind === 'heading' && stack.length > 0 && isContentsList(raw)) {
        stack.pop();
        group = stack.at(-1)?.group ?? { section: null, project: null };
      }
      continue;
    }
    // An entry under a heading of its own closes the headings at its level (see `entryHeadingLevel`).
    const level = entryHeadingLevel(raw);
    const closes = level !== undefined && stack.length > 0 && (stack.at(-1) as { level: number }).level >= level;
    if (closes) {
      while (stack.length > 0 && (stack.at(-1) as { level: number }).level >= level) stack.pop();
      group = stack.at(-1)?.group ?? { section: null, project: null };
    }
    const order = items.length;
    body.push({ kind: 'item', before, order, ...(closes ? { closes: level } : {}) });
    items.push({
      id: `i${key}-${order + 1}`,
      ...group,
      ...readItemText(lines.slice(piece.start, piece.end), piece.row ? 'row' : piece.quote ? 'quote' : (piece.form ?? grammar), definitions, dateAnchor, unsafeLinks),
      capturedAt,
      order,
      issue: key,
      source: raw,
    });
  }

  // Entries numbered on from an earlier issue's (`110.`): where this issue's start and end.
  const numbers = entryNumbersOf(items.map((i) => i.source ?? ''));
  const issue: Issue = {
    key,
    number: id.number,
    year: id.year,
    title,
    period,
    published,
    fileName,
    head,
    body,
    end: text.slice(previousEnd),
    // A file whose lines mostly break as Windows breaks them is written back so.
    ...(windowsLineBreaks(input) ? { lineBreak: '\r\n' as const } : {}),
    ...(numbers !== undefined && numbers.first > 1 ? { entryNumbers: numbers } : {}),
  };
  return ok({ issue, items, evidence, grammar, unsafeLinks, bodyLine, values });
}

/** Whether most of a text's line breaks are `\r\n`. */
function windowsLineBreaks(input: string): boolean {
  if (!input.includes('\r\n')) return false;
  const crlf = input.split('\r\n').length - 1;
  return crlf * 2 > input.split('\n').length - 1;
}

/** The issue's number: a `number` field, else the title (its number, else its day), else the file name. */
function issueIdFrom(values: ReadonlyMap<string, string>, title: string, fileName: string | null): IssueId | TooLarge | undefined {
  const field = (values.get('number') ?? values.get('issue') ?? '').trim();
  const fromTitle = readTitleNumber(title);
  if (/^\d+$/.test(field)) {
    const number = readDigits(field);
    if (isTooLarge(number)) return number;
    // The field says which number; the title may still say which year it counts in.
    return { number, year: fromTitle && !isTooLarge(fromTitle) && fromTitle.number === number ? fromTitle.year : null, week: false };
  }
  if (fromTitle && !isTooLarge(fromTitle) && fromTitle.dated && fileName) {
    // A bare number beside the title's day that the file's name gives too names the issue.
    const fromFile = readFileNameNumber(fileName);
    if (fromFile && !isTooLarge(fromFile) && fromFile.year === null && knownNumberAt(title, fromFile.number, fromTitle)) return fromFile;
  }
  if (fromTitle) return isTooLarge(fromTitle) ? fromTitle : { number: fromTitle.number, year: fromTitle.year, week: fromTitle.week, ...(fromTitle.dated ? { dated: true as const } : {}) };
  return fileName ? readFileNameNumber(fileName) : undefined;
}


function refuseNonIssue(text: string, maxChars: number): IssueProblem | undefined {
  if (text.length > maxChars) {
    return { code: 'too-long', line: countLines(text, maxChars), chars: text.length, max: maxChars };
  }
  if (text.trim() === '') return { code: 'empty', line: 1 };
  // Invalid UTF-8 is caught where bytes are decoded (decodeIssueBytes); here, binary content.
  const binary = /\u0000|[\u0001-\u0008\u000e-\u001f]{2}/.exec(text);
  if (binary) return { code: 'binary', line: countLines(text, binary.index) };
  return undefined;
}

/** The line an offset falls on. */
function countLines(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The name an issue's file goes by: its own, or, for a page bundle's index (Hugo's and Zola's
 * `content/news/007/index.md`), its folder's and its own (`007/index.md`): there the folder names
 * the issue, and the next one is written into a folder of its own (`008/index.md`); under folders
 * of its year and month, those with it.
 */
function issueFileName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  const own = parts.at(-1) ?? path;
  if (parts.length >= 2 && isBundleIndex(own)) return `${parts.at(-2)}/${own}`;
  // Folders of the year and its month over the file (This Week in Web's `2019/nov/37.md`): the
  // next issue goes into its own (`2019/dec/39.md`).
  const folders = parts.slice(0, -1);
  const year = folders.findLastIndex((folder) => /^(?:19|20)\d\d$/.test(folder));
  const under = folders.slice(year + 1);
  return year >= 0 && (under.length === 0 || (under.length === 1 && MONTH_FOLDER.test(under[0] as string))) ? [...folders.slice(year), own].join('/') : own;
}

/** A folder named by a month: its number or its English name, whole or cut short (`11`, `nov`, `November`). */
const MONTH_FOLDER = /^(?:0?[1-9]|1[0-2]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

