import { componentAttributes, decodeEntities, LINK_TEXT_MAX } from '../markdown/markdown-links.ts';
import { componentCard, leadingCard } from '../markdown/component-card.ts';
import { htmlAttribute, htmlLinkText, htmlText } from '../markdown/html-escape.ts';
import { inlineHtml } from '../markdown/inline-html.ts';
import { HTML_ITEM_START } from '../markdown/html-list-lines.ts';
import { oneLine } from '../markdown/markdown-escape.ts';
import type { Link } from '../model/link.ts';
import type { ItemStyle } from '../model/template.ts';
import type { ParsedIssue } from '../issue/issue-parser.ts';
import { siteOf } from '../url/site-of.ts';
import { slug } from '../issue/pattern.ts';

/**
 * Where a digest lays its entries out in HTML that only an entry of its own shows (a table's row
 * of cells: the title in a link, the words in a paragraph, the site and the author in a line of
 * their own; This Week in Web), that entry as a form for new ones: `{url}`, `{title}`, `{words}`,
 * `{site}` and `{author}` where its page's address, title, words, site and author stood, and
 * `{anchor}` where an `id` is its title as an address writes it (`<h3 id="carbon-spars">`). Text the
 * digest's other entries all hold at that place too (`Read more`) stays; any other text of the
 * entry's own is left out. Undefined where the entry holds no link to its page, or is no element
 * over several lines with more than inline tags in it, nor a table's row of cells (a `<li>` on one
 * line is written as Markdown's list items are, see item-renderer).
 */
export function htmlEntryForm(source: string, page: Link | undefined, others: readonly string[]): string | undefined {
  const own = ownElement(source);
  if (page === undefined || own === undefined || !shaped(source)) return undefined;
  const othersText = others.map((other) => new Set(textsOf(ownElement(other) ?? other)));
  const shared = (text: string): boolean => othersText.length > 0 && othersText.every((texts) => texts.has(text));
  const site = siteOf(page.url);
  const parts = own.split(/(<[^<>]*>)/);
  // Where the first link to the page opens and closes: its text is the title.
  let inTitle = false;
  let titled = false;
  let linked = false;
  const texts: TextRun[] = [];
  // The anchor a heading's title gives it (`<h3 id="carbon-spars">`): the new title's.
  const anchor = page.title.trim() === '' ? '' : slug(page.title);
  // A text runs on over inline tags it opens and closes (`Which knot holds <em>best</em>.`, `with
  // <a href="…">a video</a>.`) up to any other tag; one it leaves open ends it before that tag.
  let run: TextRun | undefined;
  const endRun = (): void => {
    const left = run?.open[0];
    if (run && left) {
      // What follows the tag left open is a text of its own.
      const to = run.to;
      run.to = Math.max(run.at, left.at - 1);
      if (to > left.at) texts.push({ at: left.at + 1, to, open: [] });
    }
    run = undefined;
  };
  parts.forEach((part, at) => {
    if (at % 2 === 1) {
      if (anchor !== '') parts[at] = part.replace(/(\s(?:id|name)\s*=\s*["'])([^"']*)(["'])/gi, (whole, before: string, value: string, quote: string) => (value === anchor ? `${before}{anchor}${quote}` : whole));
      part = parts[at] as string;
      const href = HREF.exec(part);
      const toPage = href !== null && decodeEntities(href[2] ?? '') === page.url;
      const inline = INLINE_TAG.exec(part);
      if (run && !toPage && !inTitle && inline) {
        const name = (inline[2] as string).toLowerCase();
        if (inline[1] !== '/') {
          if (!VOID_INLINE.has(name)) run.open.push({ name, at });
          return;
        }
        if (run.open.at(-1)?.name === name) {
          run.open.pop();
          return;
        }
      }
      endRun();
      if (toPage) {
        parts[at] = part.replace(HREF, (_, before: string, _value: string, quote: string) => `${before}{url}${quote}`);
        if (!linked) inTitle = true;
        linked = true;
      } else if (inTitle && /^<\/a\s*>$/i.test(part)) inTitle = false;
      return;
    }
    const text = part.trim();
    if (text === '') return;
    if (inTitle) {
      parts[at] = titled ? part.replace(text, '') : part.replace(text, '{title}');
      titled = true;
    } else if (run) run.to = at;
    else {
      run = { at, to: at, open: [] };
      texts.push(run);
    }
  });
  endRun();
  if (!linked) return undefined;
  // Each text as it reads (its inline tags left out), and its place: from its first part to its last.
  const runs = texts.map((t) => ({ ...t, text: parts.slice(t.at, t.to + 1).filter((_, k) => k % 2 === 0).join('').trim() }));
  // The entry's own words: its longest text of its own; its site's name; then its author.
  const mine = runs.filter((t) => !shared(t.text));
  const sited = mine.filter((t) => site !== undefined && decodeEntities(t.text).toLowerCase().replace(/^www\./, '') === site);
  const worded = mine.filter((t) => !sited.includes(t)).sort((a, b) => b.text.length - a.text.length)[0];
  let authored = false;
  for (const t of mine) {
    const token = sited.includes(t) ? '{site}' : t === worded ? '{words}' : authored ? '' : '{author}';
    if (token === '{author}') authored = true;
    // The run's text and tags give way to the token, the white space around them kept.
    const first = parts[t.at] as string;
    const last = parts[t.to] as string;
    const lead = first.slice(0, first.length - first.trimStart().length);
    const trail = last.slice(last.trimEnd().length);
    for (let k = t.at; k <= t.to; k++) parts[k] = '';
    parts[t.at] = lead + token + trail;
  }
  return parts.join('');
}

/** A text among an entry's parts: its first and last part, and the inline tags it left open (their names and parts). */
interface TextRun {
  at: number;
  to: number;
  open: { name: string; at: number }[];
}

/** Tags set inside a line of words (emphasis, code, a link elsewhere, a break): the words run on over them. */
const INLINE_TAG = /^<(\/?)(a|em|strong|b|i|u|s|code|kbd|mark|small|sub|sup|abbr|q|cite|br|wbr)(?=[\s>/])[^>]*>$/i;
/** Inline tags that close nothing. */
const VOID_INLINE = new Set(['br', 'wbr']);

/**
 * The HTML form of the newest issue's first entry that has one, as the issue wrote it (its links
 * as HTML, not yet read as Markdown's), the issue's other entries telling its standing text;
 * where most of its entries have one (a digest of Markdown lists with a card or two in HTML
 * writes its new entries as Markdown).
 */
export function htmlFormOf(latest: ParsedIssue): Pick<ItemStyle, 'htmlForm'> {
  const sources = latest.items.map((i) => i.source ?? '');
  // Cards of MDX's (`<LinkCard … />`), where most entries are: the newest's as the form.
  const cards = latest.items.filter((item) => item.source !== undefined && leadingCard(item.source) !== undefined);
  if (cards.length * 2 > latest.items.length) {
    const first = cards[0];
    const form = first?.links[0] && cardForm(first.source as string, first.links[0], first.comment, first.project ?? first.section, sources.filter((s) => s !== first.source));
    return form ? { htmlForm: form } : {};
  }
  const laidOut = latest.items.filter((item) => item.source !== undefined && shaped(item.source));
  if (laidOut.length * 2 <= latest.items.length) return {};
  for (const item of laidOut) {
    const form = htmlEntryForm(item.source as string, item.links[0], sources.filter((s) => s !== item.source));
    if (form !== undefined) return { htmlForm: form };
  }
  return {};
}

/**
 * Whether an entry is an element with more than inline tags in it over several lines, or a
 * table's row of cells on one (`<tr><td><a …>…</a></td><td>words</td></tr>`: no list item's
 * Markdown would write it); see htmlEntryForm.
 */
function shaped(source: string): boolean {
  const own = ownElement(source);
  return own !== undefined && BLOCK_TAG.test(own) && (own.includes('\n') || HTML_ITEM_START.exec(own)?.[1]?.toLowerCase() === 'tr');
}

/**
 * A card's form (see `componentCard`): its attributes as the entry wrote them, the page's address,
 * title, words, site, author (an `author` attribute's whatever it held) and heading (`section="News"`)
 * as `{url}`, `{title}`, `{words}`, `{site}`, `{author}` and `{heading}`; an
 * attribute every other card gives alike (`target="_blank"`) stays, any other of the entry's own
 * (its picture, its day) is left empty.
 */
function cardForm(source: string, page: Link, words: string, heading: string | null, others: readonly string[]): string | undefined {
  const lead = leadingCard(source);
  if (!lead || lead.card.url !== page.url) return undefined;
  const card = lead.card;
  const otherCards = others.flatMap((other) => {
    const otherLead = leadingCard(other);
    return otherLead ? [componentAttributes(other.slice(0, other.length - otherLead.rest.length))] : [];
  });
  const site = siteOf(page.url);
  let titled = false;
  let worded = false;
  return source.slice(0, source.length - lead.rest.length).trim().replace(/(?<=\s)([A-Za-z_][\w-]*)(\s*=\s*)(?:"([^"]*)"|'([^']*)')/g, (whole, name: string, equals: string, double: string | undefined, single: string | undefined) => {
    const quote = double === undefined ? "'" : '"';
    const value = decodeEntities(double ?? single ?? '').trim();
    const key = name.toLowerCase();
    const put = (token: string): string => `${name}${equals}${quote}${token}${quote}`;
    if (value === page.url) return put('{url}');
    if (!titled && value === card.title && value !== '') {
      titled = true;
      return put('{title}');
    }
    if (!worded && value === card.words && value !== '' && value === words.trim()) {
      worded = true;
      return put('{words}');
    }
    if (site !== undefined && value.toLowerCase().replace(/^www\./, '') === site) return put('{site}');
    // The name of the heading the card stands under (`section="News"`): the new entry's heading's.
    if (heading !== null && value === heading && !otherCards.every((attributes) => attributes.get(key) === value)) return put('{heading}');
    if (key === 'author' || (page.author !== undefined && value === page.author.trim() && value !== '')) return put('{author}');
    if (otherCards.length > 0 && otherCards.every((attributes) => attributes.get(key) === value)) return whole;
    return put('');
  });
}

/** Whether a form is a card's (see `cardForm`): its values go in attributes. */
export function isCardForm(form: string): boolean {
  return componentCard(form.replace(/\{url\}/g, 'https://x.example/')) !== undefined;
}

/** Whether a form can write an entry: it says where the page's address goes (`{url}`). */
export function isHtmlEntryForm(form: string): boolean {
  return form.includes('{url}');
}

/** A new entry written in the digest's HTML form (see htmlEntryForm); its further links after its words. */
export function renderHtmlEntry(form: string, page: Link, words: string, more: readonly string[], heading = ''): string {
  // A card holds each value in an attribute, as text: one line, its quotes escaped.
  const attribute = (text: string): string => htmlAttribute(oneLine(text).trim());
  const values: Record<string, string> = isCardForm(form)
    ? {
        url: htmlAttribute(page.url),
        title: attribute(page.title || page.url),
        words: attribute([words, ...more].filter((s) => s.trim() !== '').join(' ')),
        site: attribute(siteOf(page.url) ?? ''),
        anchor: htmlAttribute(slug(oneLine(page.title).trim() || page.url)),
        author: attribute(page.author ?? ''),
        heading: attribute(heading),
      }
    : {
        url: htmlAttribute(page.url),
        // Room left in the link for the form's own tags around the title (`<strong class="title">`).
        title: htmlLinkText(oneLine(page.title).trim() || page.url, LINK_TEXT_MAX - 200),
        words: inlineHtml([oneLine(words), ...more].filter((s) => s.trim() !== '').join(' ')),
        site: htmlText(siteOf(page.url) ?? ''),
        anchor: htmlAttribute(slug(oneLine(page.title).trim() || page.url)),
        author: htmlText(oneLine(page.author ?? '').trim()),
        heading: htmlText(heading),
      };
  return form.replace(/\{(url|title|words|site|author|anchor|heading)\}/g, (_, name: string) => values[name] ?? '');
}

/** An `<a>` tag's `href`, its value in quotes or not: what stands before the value, the value, its closing quote. */
const HREF = /^(<a\s(?:[^<>]*?\s)?href\s*=\s*["']?)([^"'\s>]*)(["']?)/i;

/** Tags that lay out more than a line of text: an entry holding them has a form of its own. */
const BLOCK_TAG = /<(?:div|p|span|td|th|table|section|article|header|footer|h[1-6]|img|figure|ul|ol)(?=[\s>/])/i;

/**
 * The entry's element alone: a row to its `</tr>`, a list's item to its `</li>` (whatever closes
 * after it on that line, a `</tbody>`, belongs to the list around it); an HTML heading's entry
 * whole.
 */
function ownElement(source: string): string | undefined {
  // An entry under a heading of its own written in HTML: its heading and its words, whole.
  if (/^[ \t]*<h[1-6](?=[\s>])/i.test(source)) return source.trimEnd();
  const open = HTML_ITEM_START.exec(source);
  if (!open) return undefined;
  const name = (open[1] as string).toLowerCase();
  let depth = 0;
  for (const tag of source.matchAll(new RegExp(`<(/?)${name}(?=[\\s>])[^>]*>`, 'gi'))) {
    depth += tag[1] === '/' ? -1 : 1;
    if (depth === 0) return source.slice(0, (tag.index as number) + tag[0].length);
  }
  return undefined;
}

/** The texts between an element's tags, trimmed, empty ones left out. */
function textsOf(html: string): string[] {
  return html
    .split(/<[^<>]*>/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}
