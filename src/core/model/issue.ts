import type { IsoDate } from '../dates/calendar-date.ts';
import type { IssueKey } from './issue-key.ts';

/**
 * A metadata field as written: `key`, the separator as it stood (`:` for YAML and `Key: value`
 * headers, ` =` for TOML) and `raw`, everything after it, continuation lines included. A field
 * with key `''` is a comment or blank line, kept where it was.
 */
export interface FrontMatterField {
  key: string;
  raw: string;
  sep?: string;
  /** What stands before the key on its line: JSON's indentation and opening quote (`  "`). */
  lead?: string;
}

/** How an issue states its metadata. */
export type HeadKind =
  /** `---` YAML front matter (Jekyll, Hugo, Docusaurus). */
  | 'yaml'
  /** `+++` TOML front matter (Hugo, Zola). */
  | 'toml'
  /** A JSON object over the body, `{` and `}` on lines of their own (Hugo). */
  | 'json'
  /** `Key: value` lines up to the first blank line (Pelican). */
  | 'header'
  /** No metadata: the first `#` heading is the title. */
  | 'heading'
  /** The first `#` heading is the title, `Key: value` lines under it (a Notion page's properties). */
  | 'properties'
  /** No metadata and no title heading: the title comes from the file name. */
  | 'none';

export const HEAD_KINDS: readonly HeadKind[] = ['yaml', 'toml', 'json', 'header', 'heading', 'properties', 'none'];

export interface IssueHead {
  kind: HeadKind;
  /** Metadata fields in order (yaml, toml, json, header, properties). */
  fields: FrontMatterField[];
  /**
   * The line that opens the block (`---`, `+++`, `{`), or the title heading's line (with, over
   * properties, the lines up to the first of them); '' for none.
   */
  open: string;
  /** The line that closes the block (`---`, `...`, `+++`, `}`); '' where there is none. */
  close: string;
}

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** What a heading is to the digest: a group items are filed under, or this issue's own. */
export type HeadingRole = 'group' | 'own';

/**
 * A piece of an issue's body, in document order. `before` is the exact text between the end of
 * the piece before (its last line's newline excluded) and this piece: usually `\n` or `\n\n`,
 * with whatever white space the blank lines held.
 */
export type Segment =
  | {
      kind: 'heading';
      before: string;
      /** The heading's lines exactly as written, an empty anchor set just above it among them (see anchoredHeading). */
      raw: string;
      level: number;
      /** The heading's name: no anchors (`{#x}`), no link syntax. */
      text: string;
      /** The group the items after it belong to. */
      section: string | null;
      project: string | null;
    }
  /**
   * Where the issue's item with this `order` stands. `closes`: the level of the heading the entry
   * opens with, where that closes the headings open before it (see `entryHeadingLevel`): it and
   * the entries after it are under the heading over those.
   */
  | { kind: 'item'; before: string; order: number; closes?: number }
  /** Anything that is not an item or a heading, kept verbatim: prose, images, comments, rules. */
  | { kind: 'text'; before: string; raw: string }
  /**
   * Where an issue made from the queue (never an imported one) has its entries, grouped under the
   * digest's headings: between its opening text and its closing text.
   */
  | { kind: 'items'; before: string };

/** A published (or the next) digest issue: everything but its items, which point at it by `key`. */
export interface Issue {
  key: IssueKey;
  /** The number as the title states it: 17 for 第十七期, 43 for 2024-W43. */
  number: number;
  /** The year the number counts within, for digests that count by year. */
  year: number | null;
  title: string;
  period: Period | null;
  /** The publication day (from the file name or a `date` field). */
  published: IsoDate | null;
  /** The file name it was imported from or is exported as. */
  fileName: string | null;
  head: IssueHead;
  /** The body in document order; empty for an issue that was never imported. */
  body: Segment[];
  /** What follows the last piece: its newline and any blank lines ('' when the file ends mid-line). */
  end: string;
  /**
   * Where the issue's file breaks its lines as Windows does (`\r\n`): written so again. Absent
   * for `\n`; the issue's text itself is held with `\n` alone.
   */
  lineBreak?: '\r\n';
  /**
   * Where the digest numbers its entries on from the issue before (`110.` after an issue ending
   * at `109.`), the numbers this issue's first and last entries have; absent where they count
   * from 1.
   */
  entryNumbers?: EntryNumbers;
}

/** The numbers an issue's first and last entries have (see `Issue.entryNumbers`). */
export interface EntryNumbers {
  first: number;
  last: number;
}

/**
 * An issue without its text: what it is known by and when it came out, all the schedule, the
 * header and the suggestions' retired headings need. A long archive's issues hold megabytes of
 * text; this is what is read where that text is not needed.
 */
export type IssueSummary = Pick<Issue, 'key' | 'number' | 'year' | 'title' | 'period' | 'published' | 'fileName' | 'entryNumbers'>;

export function issueSummaryOf({ key, number, year, title, period, published, fileName, entryNumbers }: IssueSummary): IssueSummary {
  return { key, number, year, title, period, published, fileName, ...(entryNumbers === undefined ? {} : { entryNumbers }) };
}

/** The headings of an issue, in order. */
export function headingsOf(issue: Pick<Issue, 'body'>): Extract<Segment, { kind: 'heading' }>[] {
  return issue.body.filter((s): s is Extract<Segment, { kind: 'heading' }> => s.kind === 'heading');
}
