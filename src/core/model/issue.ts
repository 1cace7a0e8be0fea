import type { IsoDate } from '../dates/calendar-date.ts';

/** A front-matter field; `raw` is everything after `key:`, continuation lines included. */
export interface FrontMatterField {
  key: string;
  raw: string;
}

/** A heading as it stood in a published issue. */
export interface Heading {
  level: number;
  text: string;
  /** The group its items belong to. */
  section: string | null;
  project: string | null;
  /** The `order` of the first item after it; items from here on sit under it until the next heading. */
  at: number;
  /** A blank line before the heading. */
  blankBefore: boolean;
  /** A blank line between the heading and the block that follows it. */
  blankAfter: boolean;
}

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** A digest issue: everything but its items, which point at it by `number`. */
export interface Issue {
  number: number;
  title: string;
  period: Period | null;
  /** The publication day (from the `_posts/` file name or a `date:` field). */
  published: IsoDate | null;
  /** The `_posts/` file name it was imported from or exported as. */
  fileName: string | null;
  frontMatter: FrontMatterField[];
  /** Markdown between the front matter and the first heading (disclaimer, intro, editor's note). */
  preamble: string;
  /** Markdown after the last item (reference-style link definitions). */
  trailer: string;
  /** Headings in document order; empty for an issue that was never imported. */
  outline: Heading[];
  /** A blank line after the front matter's closing `---`. */
  blankAfterFrontMatter: boolean;
}
