import type { EmbedTag } from '../markdown/embed-tag.ts';
import { deepFreeze } from './deep-freeze.ts';
import type { HeadKind } from './issue.ts';
import type { Underline } from '../markdown/underline.ts';
import type { IssueKey } from './issue-key.ts';
import type { IsoDate } from '../dates/calendar-date.ts';

/**
 * A table whose rows are a heading's entries: its header and delimiter rows as the digest wrote
 * them, and which columns hold an entry's link and the editor's words (counted from 0; the same
 * column where the words follow the link in one cell).
 */
export interface TableShape {
  head: string;
  link: number;
  words: number;
}

/**
 * How a heading writes its entries where it does otherwise than the digest's others; each field
 * is absent where the heading writes them the digest's way.
 */
export interface HeadingForm {
  /**
   * The symbol the heading's entries open with, where the digest lists so (`👉 `); or the bullet
   * they are list items by, where the digest's other entries are not (`* `) or are by another
   * (`-   ` where the others' is `- `).
   */
  marker?: string;
  /** Where the heading's list entries stand a blank line apart (true) or not (false), unlike the digest's others. */
  loose?: boolean;
  /**
   * Where the heading's entries are written in another grammar than the digest's others: news in
   * paragraphs, or entries under headings of their own (`marker` their heading's marks, `### `),
   * in a digest of lists (Last Week in Kubernetes Development's "Developer News", "Featured PRs").
   */
  grammar?: ItemGrammar;
  /**
   * How the heading's list entries dress their link, where unlike the digest's others: what stands
   * between the link and the words (a line break, or a blank line: `\n\n`), the marker of words
   * held under the link (`> `: quoted), and the author named after the link (`by {author}`):
   * Haskell Weekly's "Featured" articles, `-   [title](url) by Jane`, a blank line, `    > words`,
   * among its bare lists of links.
   */
  separator?: string;
  wordsMarker?: ItemStyle['wordsMarker'];
  byline?: string;
  /**
   * How the heading's list entries name their page's site after the link, where unlike the
   * digest's others (see ItemStyle's `site`); `none` where the others name it and these do not.
   */
  site?: string;
  /**
   * Where the heading's list entries are a change log's though the digest's others are not (`*
   * Fix a race in the kubelet ([#134101](…))` under a digest's "Merges"), as `ItemStyle` tells
   * them; false where the digest's are and the heading's are not (Last Week in Kubernetes
   * Development's "Subprojects and Dependency Updates", `* [containerd v2.2.0](…) adds …`).
   */
  referenceLink?: boolean;
  referenceAuthor?: true;
  referenceAddress?: true;
  /**
   * Whether the heading's first entry stands a blank line under it (true) or right under it
   * (false), unlike the template's `blankAfterHeading` (This Week in Rust's crate of the week).
   */
  entriesBlank?: boolean;
  /**
   * The phrase each of the heading's entries opens with before its link, as the digest writes
   * them issue after issue (`This week's crate is `): new ones open with it too, `separator`
   * between the link and their words (`, `).
   */
  entryPhrase?: string;
  /**
   * Where each of the heading's entries is a quote credited under it by a dash and the link
   * (This Week in Rust's quote of the week: `> words`, then `– [Jane on rust-users](…)`): the
   * dash and what follows it before the link (`– `). New ones quote the editor's words so.
   */
  quoteCredit?: string;
  /** Where the heading's entries show their page's picture though the digest's others do not, or (`none`) the other way. */
  picture?: PictureStyle | 'none';
  /** Where the heading's list entries give their page's address after their words otherwise than the digest's others, or (`none`) do not though they do. */
  addressAfter?: AddressAfter | 'none';
}

/**
 * How an issue lists its own headings (`- [Articles](#articles)`): the list's marker (`- `, `1. `),
 * the heading levels it lists, the rule the blog makes their anchors by (see `headingAnchor`),
 * and the line it stands under (`## Contents`), where one.
 */
export interface ContentsList {
  marker: string;
  levels: number[];
  anchors: 'github' | 'slug';
  under?: string;
}

/**
 * How a digest shows a picture of each entry's page: in a paragraph of its own under the line
 * that links the page (科技爱好者周刊's `1、[title](…)`, a blank line, `![](…)`; a newsletter's
 * headed posts), or opening that line (`- ![](…) [title](…) — words`), or in a paragraph of its
 * own over the entry (`![words](…)`, a blank line, `[title](…) — words`); linking the page too
 * (`[![](…)](page)`) or not, its words the page's title or none.
 */
export interface PictureStyle {
  at: 'under' | 'opening' | 'over';
  linked: boolean;
  titled: boolean;
}

/** How a heading dresses its entries where unlike the digest's others: learned, shown and forgotten together. */
export const ENTRY_DRESSING = ['separator', 'wordsMarker', 'byline', 'site', 'referenceLink', 'referenceAuthor', 'referenceAddress', 'entriesBlank', 'entryPhrase', 'quoteCredit', 'picture', 'addressAfter'] as const satisfies readonly (keyof HeadingForm)[];

/** Whether a heading dresses its entries a way of its own (see ENTRY_DRESSING). */
export function dressesOwn(form: HeadingForm): boolean {
  return ENTRY_DRESSING.some((key) => form[key] !== undefined);
}

/** A second-level heading of the digest (Nova, Official), with the other spellings it was published under. */
export interface ProjectDef extends HeadingForm {
  name: string;
  aliases: string[];
  hidden: boolean;
  /** The heading's line as the digest last wrote it (`### Nova`, `## ⚛️ React {#react}`). */
  heading?: string;
  /**
   * The line of a heading between the section's and this one the digest sets it under, with
   * nothing filed under it but the headings it holds (`### Libraries` over `#### Parsing` and
   * `#### Networking`): written once over the first of them.
   */
  under?: string;
  /** Where the digest writes the heading's entries as a table's rows. */
  table?: TableShape;
  /** Words the heading opens with in every issue, before its entries (`> 以下为本期内容`). */
  intro?: string;
  /** Words the heading closes with in every issue, after its entries (`🔙 返回目录`). */
  outro?: string;
  /**
   * The issue's day the days its standing words write were written for: they move with the next
   * issue's day (This Week in Rust's `Rusty Events between 2026-08-19 - 2026-09-16`).
   */
  daysWrittenFor?: IsoDate;
  /** Whether a blank line stands between the heading and its `intro` (else the template's `blankAfterHeading`). */
  introBlank?: boolean;
  /**
   * Where the heading's first entry stands right under its `intro`, no blank line between (This
   * Week in Tessel's `Like this:` over `* [talk](…)`): a new issue's does too.
   */
  introTight?: true;
  /**
   * Whether the digest writes the heading in every issue, entries or not: a new issue writes it,
   * with its standing words, even when nothing is queued under it (This Week in Rust's `Crate of
   * the Week`), for the editor to fill in.
   */
  everyIssue?: boolean;
}

/**
 * A first-level heading (业界动态, Updates from Rust Community) and the headings filed under it; its
 * form (`HeadingForm`) is how the entries filed under the section itself are written.
 */
export interface SectionDef extends HeadingForm {
  /** null: second-level headings that stand without a parent. */
  name: string | null;
  hidden: boolean;
  projects: ProjectDef[];
  heading?: string;
  /** Other spellings it was published under (`React` for `⚛️ React`). */
  aliases?: string[];
  /** Where the digest writes the entries filed under the section itself as a table's rows. */
  table?: TableShape;
  /** Words the section's heading opens with in every issue, before anything under it. */
  intro?: string;
  /** Words the section's own entries close with in every issue. */
  outro?: string;
  /**
   * Words the section closes with in every issue, after its last heading's entries, whichever
   * heading that is (This Week in Rust's call to add events to its calendar, after the last region).
   */
  closing?: string;
  /** See `ProjectDef.daysWrittenFor`. */
  daysWrittenFor?: IsoDate;
  /**
   * A part the digest writes after the section's place in every issue, under a heading of its
   * own and whether the section has entries or not (This Week in Rust's `## Jobs` and its line
   * pointing to the hiring thread, after its events).
   */
  after?: string;
  /** See `ProjectDef.introBlank`. */
  introBlank?: boolean;
  /** See `ProjectDef.introTight`. */
  introTight?: true;
  /** See `ProjectDef.everyIssue`. */
  everyIssue?: boolean;
}

/** An editor's own suggestion rule: text in the URL or the title that names a project. */
export interface SuggestionRuleDef {
  field: 'url' | 'title';
  /** Matched case-insensitively as text, or as a regular expression when written `/like this/`. */
  match: string;
  project: string;
}

export interface FrontMatterTemplateField {
  key: string;
  /**
   * What follows the key, as written, with `{title}`, `{number}`, `{published}` and the like in
   * place of what changes from issue to issue: ` "{title}"`, ` ! '{title}'`, ` [slorber, jan]`.
   * Values fill quoted text escaped for its quotes; a plain value is quoted where YAML needs it.
   */
  raw: string;
  /** Between key and value: `:` (the default), ` =` (TOML) or `":` (JSON). */
  sep?: string;
  /** Before the key: JSON's indentation and opening quote (`  "`). */
  lead?: string;
}

/**
 * What one item of the digest is (its editors' grammar), and how a new one is written:
 * - `paragraph`: a paragraph with its links; an intro ending in a colon takes the list under it,
 *   and a blockquote belongs to the paragraph before it (OpenStack社区动态);
 * - `bullet`: a list item with everything nested under it (This Week in Rust, R Weekly);
 * - `numbered`: `1、[title](url)` and the paragraphs and images under it, up to the next entry or
 *   heading (科技爱好者周刊);
 * - `heading`: a heading that is the entry's link, `### [title](url)`, or its title over words
 *   that end with the link (`[Read more](…)`), and what is under it up to the next heading
 *   (newsletters that give each entry a heading of its own).
 */
export type ItemGrammar = 'paragraph' | 'bullet' | 'numbered' | 'heading';

/** How a new entry starts where the digest has shown none: paragraphs have no marker. */
export function defaultMarker(grammar: ItemGrammar): string {
  return { paragraph: '', bullet: '* ', numbered: '1、', heading: '### ' }[grammar];
}

/**
 * How a digest labels the addresses its entries link by reference: by numbers (`[title][1]`) or
 * names (`[title][hyperfine]`), defined at the issue's end or under each entry.
 */
export interface LinkLabels {
  by: 'number' | 'name';
  at: 'end' | 'entry';
}

export interface ItemStyle {
  grammar: ItemGrammar;
  /** How a new entry starts: `* `, `- `, `+ `, `1、`, `1. `, `### `, `### 1. `; numbers count per group unless `countsAcross`. */
  marker: string;
  /** Between an entry's link and the editor's words: ` - `, `: `, `：`. */
  separator: string;
  /** A blank line between entries. */
  loose: boolean;
  /** Whether the digest's items carry the editor's words (link-only lists do not). */
  comments: boolean;
  /** Where numbered entries count on across the issue's headings (1, 2 | 3) rather than from 1 in each. */
  countsAcross?: boolean;
  /** Where numbers run on from issue to issue (`110.` after an issue ending at `109.`), across its headings too (see `Issue.entryNumbers`). */
  countsOn?: true;
  /** Where a list's entries open with their link in bold (`- **[title](url)**: words`): the bold's mark. */
  strongLink?: '**' | '__';
  /** Where paragraphs open with their number and link in bold (`**1. [title](url)**`): what follows the number (`. `). */
  strongNumber?: string;
  /** Where that bold is set inside the link's brackets instead (`[**title**](url)`, TLDR's entries). */
  strongWithin?: true;
  /** Where the digest's HTML list items leave out their `</li>`, as HTML allows (`<li>words` a line, the next item closing it). */
  openItems?: true;
  /**
   * Where the digest lays its entries out in HTML only an entry of its own shows (a table's row of
   * cells, This Week in Web): that entry with `{url}`, `{title}`, `{words}`, `{site}` and
   * `{author}` where its page's parts stood, new entries written in it (see htmlEntryForm).
   */
  htmlForm?: string;
  /**
   * Where the digest links each entry's page through a redirect of its own (HelloGitHub's
   * `https://hellogithub.com/periodical/statistics/click/?target={url}`): that address, new
   * entries' pages written through it (see addressFormOf).
   */
  addressForm?: string;
  /**
   * Where entries are a change log's (`- Fix the needle ([#4103](…), @cy)`): their words name the
   * change, and its page is linked after them by its number, in brackets.
   */
  referenceLink?: true;
  /** Where such entries credit who made the change (`([#4103](…), @cy)`, `by @cy in https://…`). */
  referenceAuthor?: true;
  /** Where such entries give the change's address after `in`, as GitHub's release notes do (`* Fix the needle by @cy in https://…/pull/4103`). */
  referenceAddress?: true;
  /** Where paragraph entries give their links in a paragraph of their own under their words (`words`, a blank line, `https://…`). */
  linksApart?: true;
  /** Paragraph entries that open with their link (`**[title](url)**` and the words under it). */
  linkFirst?: boolean;
  /** Where entries link their pages by labels the issue defines at its end (`[title][1]`, `[1]: https://…`): numbers or names. */
  linkLabels?: LinkLabels;
  /** Where entries link their pages in HTML (`<a href="url">title</a>`). */
  htmlLinks?: true;
  /** Where most entries show their page's picture: how (see PictureStyle). */
  picture?: PictureStyle;
  /**
   * Where a digest's paragraphs open with their title in bold on a line of its own and the page's
   * address on the next (`**title**`, then `<https://…>`, then the words: 潮流周刊), or list items
   * that do (`1. **title**`, `   https://…`, `   words`): the title's marks, how the address is
   * written, and for list items whether their lines break plainly (`softBreak`) or hard.
   */
  titleLine?: { strong: '**' | '__'; link: 'angle' | 'bare' | 'titled'; softBreak?: true };
  /**
   * Where most entries open with their page's title set apart and give the page after their
   * words (`1. **Zig 0.13 is out** — words [Read more](…)`, `【Rust 1.80 发布】words链接：https://…`).
   */
  leadTitle?: LeadTitle;
  /** A rule (`---`) set between entries that follow one another. */
  rule?: string;
  /** Entries set as block quotes (`> [title](url)`, `> words`). */
  quoted?: boolean;
  /**
   * Where a list's entries hold their words in a list nested under the link (`- [title](url)`,
   * then `  - words`): that list's marker; `> ` where they quote them there (`  > words`).
   */
  wordsMarker?: '* ' | '- ' | '+ ' | '> ';
  /**
   * Where entries name their page's author after the link (`[title](url) by Jane Doe`): how,
   * `{author}` where the name stands (`by {author}`); a form opening with a line break names it on
   * the line under the link (Pointer's `— Jane Doe`: `\n— {author}`).
   */
  byline?: string;
  /**
   * Paragraph entries written among a digest's lists (a part that tells its news in paragraphs):
   * a line of their words that would start a list would make the part a list of entries.
   */
  amongLists?: boolean;
  /** Where most entries' words after their link are set in italics whole (`- [title](…) — *words*`): the mark. */
  wordsEmphasis?: '*' | '_';
  /** The phrase new entries open with before their link, under a heading that has one (see `ProjectDef.entryPhrase`). */
  entryPhrase?: string;
  /** How new entries are a quote credited under it, under a heading whose entries are (see `ProjectDef.quoteCredit`). */
  quoteCredit?: string;
  /**
   * Where paragraph entries are a line crediting who wrote them over a quote of their words
   * (`[Alain](…) announces`, then `> …`: This Week in GNOME): that line, `{author}` where the
   * name stands (`{author} reports`).
   */
  credit?: string;
  /**
   * Where a list's entries name their page's site after the link (`[title](url) (lwn.net)`):
   * how, `{site}` where it stands (`({site})`, `*({site})*`).
   */
  site?: string;
  /**
   * Where a digest's entries give their page's reading time after the link (`[title](url) (5 min
   * read) — words`): how, `{minutes}` where the number stands (`({minutes} min read)`).
   */
  readingTime?: string;
  /** Where the digest gives that reading time at the end of the link's words instead (TLDR's `[**Kites (4 minute read)**](…)`). */
  readingTimeInTitle?: true;
  /** Where most entries' links end their words with an arrow (`[Faster builds →](…)`): that arrow, the space before it included (` →`). */
  titleEnd?: string;
  /**
   * Where most entries under headings of their own end with a line naming their page's site, set
   * apart from their words (PyCoder's Weekly's `*[ LWN.NET ]*`): how, `{site}` where it stands,
   * `{SITE}` where it is written in capitals.
   */
  siteLine?: string;
  /** The hosts at which that line names the page's owner after the host (`GITHUB.COM/ASTRAL-SH`). */
  siteLineOwners?: string[];
  /**
   * Where headed entries are titles with no link: the link to the entry's page after its words,
   * its text (`Read more`; empty: the title again) and whether it stands on a line of its own.
   * `labelled`: the line names it so (`Link: https://…`, `原文：<…>`, `Source: […](…)`), and the
   * address is written bare, in angle brackets or as a titled link after the label; `above`:
   * on the first line under the title, before the words (OCaml Weekly News' `Archive: <…>`).
   * `inline`: the entries hold their page's link in their words (This Week in Guix), so words
   * that do need nothing after them; a new entry's page still goes after its words.
   * In a digest of paragraphs, where most entries end with a link that names no page (`…
   * [Link](…)`) or a line labelling their page's link (`→ [title](…)`): its text, whether it has
   * a line of its own, its label; `softBreak`: that line follows the words after a plain line
   * break, not a hard one (`words`, `→ [title](…)`: the two read as one line where rendered).
   */
  pageLink?: { text: string; line: boolean; labelled?: { label: string; form: LinkForm }; inline?: true; embed?: EmbedTag; above?: true; softBreak?: true };
  /**
   * Where headed entries' headings are their title and a link naming no page after it (`###
   * Kites in space ([link](…))`): what stands between, the link's text, the bracket closing it.
   */
  headingLink?: { before: string; text: string; after: string };
  /** Where headed entries' first line stands right under their heading, no blank line between (`### [title](…)`, `words`). */
  tightUnderTitle?: true;
  /** Where entries give their page after their words, no link of their own (`- kitefmt 2.0, now faster: https://…`, `Words. [title](…)`): how. */
  addressAfter?: AddressAfter;
  /**
   * Where the digest opens each entry with a symbol for what kind of page it links, after its
   * marker (This Week in React's `- 📜 [title](url)` article, `📦` release, `🐦` post): those
   * symbols, most used first. A new entry is written with the one the editor picked (`Item.kind`).
   */
  kinds?: string[];
}

/**
 * How an entry gives its page after its words: what stands between them (`: `, ` — `, ` (`, a
 * label every entry gives: ` Link: `), what closes it (`)`), and how the page is linked.
 */
export interface AddressAfter {
  before: string;
  after: string;
  /** The address alone, in angle brackets, or a link titled by the page (`[title](…)`). */
  form: 'bare' | 'angle' | 'titled';
  /** With `titled`: the text of a link naming no page the digest gives instead (`link`, `Read more →`). */
  text?: string;
  /** With `titled`: the link names the page's site, not its title (`words ([lwn.net](…))`). */
  site?: true;
}

/** How a link is written: `https://…`, `<https://…>` or `[title](https://…)`. */
export type LinkForm = 'bare' | 'angle' | 'titled';

/**
 * A title an entry opens with, set apart (`**`…`**`, `【`…`】`), what stands between it and the
 * words (` — `, nothing), and how the page is given after them: by a link naming no page (its
 * text, and the space before it) or by its address after a label (`链接：`, ` Link: `); or, with
 * `afterTitle`, right after the title, before `between` and the words: its address, what stands
 * before it (` (`, `: `) and the bracket closing it (`- **Kites** (https://…) — words`).
 */
export interface LeadTitle {
  open: '**' | '__' | '【';
  close: '**' | '__' | '】';
  between: string;
  ending: { before: string; text: string } | { label: string; form: 'bare' | 'angle' } | { afterTitle: true; before: string; form: 'bare' | 'angle'; after: string };
}

export type Preset = 'openstack';

/** How the digest is written: learned from past issues, editable by the editor. */
export interface Template {
  /** A known digest whose headings and rules come built in; absent for every other. */
  preset?: Preset;
  /** How a new issue states its metadata. */
  head: HeadKind;
  /** Where the title is a heading the digest underlines (`Kite Weekly #12` over `====`): how. */
  titleUnderline?: Underline;
  /** Where the digest's files break their lines as Windows does (`\r\n`), learned from its newest issue: a new one is written so. */
  lineBreak?: '\r\n';
  /**
   * Where the digest starts its body on the line right under its head, no blank line between
   * (HelloGitHub's `# 《HelloGitHub》第 16 期` over `>兴趣是最好的老师…`, a front matter's closing
   * `---` over the first words): a new issue is written so.
   */
  headTight?: true;
  /**
   * Where the digest writes each HTML list or table on one line (`<ul><li>…</li><li>…</li></ul>`,
   * as some sites' generators do), learned from its newest issue: a new one's are written so.
   */
  htmlListsInline?: true;
  frontMatter: FrontMatterTemplateField[];
  /**
   * e.g. `OpenStack社区动态第{number:zh}期({start:MMDD}-{end:MMDD})`,
   * `科技爱好者周刊（第 {number} 期）：{subtitle}`.
   */
  titlePattern: string;
  /** e.g. `{published:YYYY-MM-DD}-openstack-activity-{start:MMDD}-{end:MMDD}.md`, `issue-{number}.md`. */
  fileNamePattern: string;
  sectionLevel: number;
  projectLevel: number;
  /** A blank line between a heading and the item under it. */
  blankAfterHeading: boolean;
  /** A blank line between a section heading and a project heading right under it. */
  blankBetweenHeadings: boolean;
  /** e.g. `{date:YYYY.M.D}，`. */
  dateLeadIn: string;
  /** `angle`: `<url>` on its own line; `bare`: the address alone on its line; `titled`: `[page title](url)`. */
  linkStyle: LinkForm;
  items: ItemStyle;
  /** What the digest calls its two heading levels; null: "Section" and "Subsection". */
  labels: { section: string | null; project: string | null };
  /** Markdown put before the entries of every new issue (a motto, a standing section). */
  preamble: string;
  /** Markdown put after the entries of every new issue (a license, a sign-off); absent: none. */
  closing?: string;
  /**
   * Where the digest heads its entries by the day they were found (`## {day:dddd, MMMM D}`):
   * a new issue's entries filed under no heading go under their capture day's, oldest first.
   */
  dayHeading?: string;
  /** Where each issue lists its own headings at the start, linked to their anchors (a table of contents): how. */
  contents?: ContentsList;
  sections: SectionDef[];
  /** The editor's own suggestion rules, tried before the built-in ones. */
  rules?: SuggestionRuleDef[];
  /** The newest issue the format was learned from; absent until an issue is imported. */
  learnedFrom?: IssueKey;
}

/**
 * A digest nothing is known about yet: YAML front matter, `## ` sections, bullet entries. Every
 * part of it gives way to what the first imported issues show.
 */
export const DEFAULT_TEMPLATE: Template = /* @__PURE__ */ deepFreeze({
  head: 'yaml',
  frontMatter: [{ key: 'title', raw: ' {title}' }],
  titlePattern: 'Issue {number}',
  fileNamePattern: '{published:YYYY-MM-DD}-issue-{number}.md',
  sectionLevel: 2,
  projectLevel: 3,
  blankAfterHeading: true,
  blankBetweenHeadings: true,
  dateLeadIn: '{date:YYYY-MM-DD}: ',
  linkStyle: 'titled',
  items: { grammar: 'bullet', marker: '* ', separator: ' - ', loose: false, comments: true },
  labels: { section: null, project: null },
  preamble: '',
  sections: [],
});

/** Whether a project is known by `name`: its name or one of its aliases, in any case. */
export function isKnownAs(project: ProjectDef, name: string): boolean {
  const key = name.toLowerCase();
  return project.name.toLowerCase() === key || project.aliases.some((a) => a.toLowerCase() === key);
}

/** The section a project is filed under in the template, if any. */
export function sectionOfProject(template: Template, projectName: string): SectionDef | undefined {
  return template.sections.find((s) => s.projects.some((p) => isKnownAs(p, projectName)));
}

/** The project definition a heading names, through its aliases. */
export function findProject(template: Template, name: string): ProjectDef | undefined {
  for (const section of template.sections) {
    const found = section.projects.find((p) => isKnownAs(p, name));
    if (found) return found;
  }
  return undefined;
}

/** Whether the digest files items under two heading levels (sections and, within them, projects). */
export function hasSecondLevel(template: Pick<Template, 'sections'>): boolean {
  return template.sections.some((s) => s.projects.length > 0);
}
