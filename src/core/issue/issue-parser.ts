import { isIsoDate, type IsoDate } from '../dates/calendar-date.ts';
import { parseDateLeadIn } from './date-lead-in.ts';
import { fieldValue, findField, readFrontMatter } from './front-matter.ts';
import type { Heading, Issue } from '../model/issue.ts';
import { periodOf, publishedFromFileName, readTitleNumber, readTitleRange } from './issue-title.ts';
import type { Item } from '../model/item.ts';
import type { Link } from '../model/link.ts';
import { findFenceClose } from '../markdown/markdown-escape.ts';
import {
  collectLinkDefinitions,
  extractLinks,
  isLinkDefinition,
  parseLinkLine,
  type LinkDefinitions,
} from '../markdown/markdown-links.ts';
import { knownProjectByKey } from '../suggestion/openstack-projects.ts';
import { err, ok, type Result } from '../model/result.ts';
import { excerpt, type IssueProblem } from './issue-problem.ts';
import { sameLink } from '../url/url-canonical.ts';

/** An imported issue and its items. */
export interface ParsedIssue {
  issue: Issue;
  items: Item[];
}


export interface ParseIssueOptions {
  /** The `_posts/` file name, which carries the publication day. */
  fileName?: string;
  /** Anchors years when neither the file name nor the front matter gives a date. */
  today?: IsoDate;
  /** Project headings that stand alone are told from section headings by these names. */
  projectNames?: readonly string[];
  /** Documents longer than this many characters are refused. */
  maxChars?: number;
}

export const MAX_ISSUE_CHARS = 1_000_000;

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Reads a published issue into its issue, items and the text around them. Exporting the result
 * gives the document back (see the round-trip law in the README). Anything that is not a digest
 * issue is refused with the problem and its line; nothing half-read is returned.
 */
export function parseIssue(text: string, options: ParseIssueOptions = {}): Result<ParsedIssue, IssueProblem> {
  const refusal = refuseNonIssue(text, options.maxChars ?? MAX_ISSUE_CHARS);
  if (refusal) return err(refusal);

  const lines = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').split('\n');
  const frontMatter = readFrontMatter(lines);
  if (!('fields' in frontMatter)) return err(frontMatter);
  const { fields, closeLine } = frontMatter;

  const titleField = findField(fields, 'title');
  const titleLine = lines.findIndex((l) => /^title[ \t]*:/.test(l)) + 1;
  if (!titleField) return err({ code: 'no-title', line: 1 });
  const title = fieldValue(titleField);
  const number = readTitleNumber(title);
  if (!number) {
    return err({ code: 'no-issue-number', line: titleLine, title: excerpt(title) });
  }

  const dateField = findField(fields, 'date');
  const dateFromField = dateField ? fieldValue(dateField).slice(0, 10) : '';
  const published =
    (options.fileName ? publishedFromFileName(baseName(options.fileName)) : undefined) ??
    (isIsoDate(dateFromField) ? dateFromField : undefined) ??
    null;
  const range = readTitleRange(title);
  const anchor = published ?? options.today;
  const period = range && anchor ? periodOf(range, anchor) : null;
  const dateAnchor = published ?? period?.end ?? options.today ?? null;

  const body = readBody(lines, closeLine + 1);
  const definitions = collectLinkDefinitions(lines.slice(closeLine + 1));
  const projectNames = new Set((options.projectNames ?? []).map((n) => n.toLowerCase()));
  const isProjectName = (name: string): boolean =>
    projectNames.has(name.toLowerCase()) || knownProjectByKey(name) !== undefined;

  const minLevel = Math.min(...body.events.filter(isHeadingEvent).map((h) => h.level));
  const stack: { level: number; text: string }[] = [];
  const outline: Heading[] = [];
  const items: Item[] = [];
  const preamble: string[] = [];
  const trailerStart = trailerIndex(body.events);
  const trailer: string[] = [];
  const capturedAt = `${dateAnchor ?? '1970-01-01'}T00:00:00.000Z`;

  body.events.forEach((event, index) => {
    if (isHeadingEvent(event)) {
      while (stack.length > 0 && (stack.at(-1) as { level: number }).level >= event.level) stack.pop();
      stack.push({ level: event.level, text: event.text });
      const group =
        stack.length >= 2
          ? { section: (stack[0] as { text: string }).text, project: event.text }
          : event.level > minLevel || isProjectName(event.text)
            ? { section: null, project: event.text }
            : { section: event.text, project: null };
      const next = body.events[index + 1];
      outline.push({
        level: event.level,
        text: event.text,
        ...group,
        at: items.length,
        blankBefore: event.blankBefore,
        blankAfter: next?.blankBefore ?? true,
      });
      return;
    }
    if (outline.length === 0) {
      preamble.push(event.lines.join('\n'));
      return;
    }
    if (index >= trailerStart) {
      trailer.push(event.lines.join('\n'));
      return;
    }
    const heading = outline.at(-1) as Heading;
    const order = items.length;
    items.push({
      id: `i${number.value}-${order + 1}`,
      section: heading.section,
      project: heading.project,
      ...readItemBlock(event.lines, definitions, dateAnchor),
      capturedAt,
      order,
      issue: number.value,
    });
  });

  const first = body.events[0];
  const issue: Issue = {
    number: number.value,
    title,
    period,
    published,
    fileName: options.fileName ? baseName(options.fileName) : null,
    frontMatter: fields,
    preamble: preamble.join('\n\n'),
    trailer: trailer.join('\n\n'),
    outline,
    blankAfterFrontMatter: first?.blankBefore ?? true,
  };
  return ok({ issue, items });
}

interface HeadingEvent {
  kind: 'heading';
  level: number;
  text: string;
  line: number;
  blankBefore: boolean;
}

interface BlockEvent {
  kind: 'block';
  lines: string[];
  line: number;
  blankBefore: boolean;
}

type BodyEvent = HeadingEvent | BlockEvent;

function isHeadingEvent(event: BodyEvent): event is HeadingEvent {
  return event.kind === 'heading';
}

/** Splits the body into headings and blank-line-separated blocks, keeping code fences whole. */
function readBody(lines: readonly string[], from: number): { events: BodyEvent[] } {
  const events: BodyEvent[] = [];
  let block: BlockEvent | undefined;
  let blank = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      block = undefined;
      blank = true;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      block = undefined;
      events.push({
        kind: 'heading',
        level: (heading[1] as string).length,
        text: heading[2] ?? '',
        line: i + 1,
        blankBefore: blank,
      });
      blank = false;
      continue;
    }
    if (!block) {
      block = { kind: 'block', lines: [], line: i + 1, blankBefore: blank };
      events.push(block);
      blank = false;
    }
    const fence = FENCE_OPEN.exec(line);
    // An unclosed fence is read as text: CommonMark would let it swallow the rest of the issue.
    const close = fence ? findFenceClose(lines, i + 1, fence[1] as string) : -1;
    if (close !== -1) {
      block.lines.push(...lines.slice(i, close + 1));
      i = close;
      continue;
    }
    block.lines.push(line);
  }
  return { events };
}

/** Where the closing run of link-definition blocks starts (events.length when there is none). */
function trailerIndex(events: readonly BodyEvent[]): number {
  let index = events.length;
  while (index > 0) {
    const event = events[index - 1] as BodyEvent;
    if (event.kind !== 'block' || !event.lines.every((l) => isLinkDefinition(l))) break;
    index--;
  }
  return index;
}

type ItemText = Pick<Item, 'comment' | 'links'> & Partial<Pick<Item, 'eventDate' | 'dateText'>>;

/**
 * One block becomes one item: the trailing lines that hold only a link become its links, the
 * rest is the commentary, and a date at its start becomes the event date.
 */
function readItemBlock(lines: readonly string[], definitions: LinkDefinitions, anchor: IsoDate | null): ItemText {
  const lineLinks: Link[] = [];
  let end = lines.length;
  while (end > 0) {
    const line = lines[end - 1] as string;
    const parsed = parseLinkLine(line, definitions);
    // A labelled link opening a block is a sentence that ends in a link, not a link line.
    if (!parsed || (end === 1 && parsed.label !== '')) break;
    const above = extractLinks(lines.slice(0, end - 1).join('\n'), definitions);
    // A link the commentary already shows stays where it is; export never repeats such links.
    if (above.some((l) => sameLink(l.url, parsed.url))) break;
    lineLinks.unshift({
      url: parsed.url,
      title: parsed.text,
      ...(parsed.label ? { label: parsed.label } : {}),
      source: line.trimEnd(),
    });
    end--;
  }
  const commentLines = lines.slice(0, end);
  if (commentLines.length > 0) {
    commentLines[commentLines.length - 1] = (commentLines.at(-1) as string).trimEnd();
  }
  let comment = commentLines.join('\n');
  const leadIn = anchor ? parseDateLeadIn(comment, anchor) : undefined;
  if (leadIn) comment = comment.slice(leadIn.text.length);
  const inline: Link[] = [];
  for (const found of extractLinks(comment, definitions)) {
    if (!inline.some((l) => sameLink(l.url, found.url))) inline.push({ url: found.url, title: found.text, inline: true });
  }
  return {
    comment,
    links: [...inline, ...lineLinks],
    ...(leadIn ? { eventDate: leadIn.date, dateText: leadIn.text } : {}),
  };
}

function refuseNonIssue(text: string, maxChars: number): IssueProblem | undefined {
  if (text.length > maxChars) {
    const line = countLines(text.slice(0, maxChars));
    return { code: 'too-long', line, chars: text.length, max: maxChars };
  }
  if (text.trim() === '') return { code: 'empty', line: 1 };
  // Invalid UTF-8 is caught where bytes are decoded (decodeIssueBytes); here, binary content.
  const binary = /\u0000|[\u0001-\u0008\u000e-\u001f]{2}/.exec(text);
  if (binary) {
    const line = countLines(text.slice(0, binary.index));
    return { code: 'binary', line };
  }
  return undefined;
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}
