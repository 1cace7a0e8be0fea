import type { AddressAfter, ItemStyle } from '../model/template.ts';
import type { Link } from '../model/link.ts';
import { extractLinks } from '../markdown/markdown-links.ts';
import { renderLinkLine } from '../issue/link-line.ts';
import { escapeMarkdownText, oneLine } from '../markdown/markdown-escape.ts';
import { mostCommon } from './most-common.ts';
import { ENTRY_MARKER } from '../issue/item-text.ts';
import { isGenericLinkText } from '../issue/generic-link-text.ts';
import { siteOf } from '../url/site-of.ts';

/** The marks that may stand between the words and the link (`: `, ` — `, ` (`, ` [`, ` → `, ` · `). */
const MARKS = '-–—:：|(（[→»·~';
/** The longest gap between the words and the link a digest sets (` — `, ` (`), longer being no such gap. */
const LONGEST_GAP = 8;

/**
 * What stands at the end of `text` before the link: spaces, one mark at most, spaces. Told by
 * hand, not by a pattern, which would try a long run of spaces from each of its characters.
 */
function gapAtEnd(text: string): string {
  let at = text.length;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  if (at > 0 && MARKS.includes(text[at - 1] as string)) {
    at--;
    while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  }
  return text.slice(at);
}

interface Ending {
  words: string;
  form: AddressAfter;
}

/**
 * How an entry's one line gives its page: the words, then the page's link after them, nothing
 * else linked (`kitefmt 2.0, now faster: https://…`, `Words. [title](…)`, `words ([title](…))`);
 * or a link naming no page (`- words [link](…)`); undefined for an entry written otherwise.
 */
function endingOf(source: string): Ending | undefined {
  const line = source.slice(ENTRY_MARKER.exec(source)?.[0].length ?? 0).trim();
  if (line.includes('\n')) return undefined;
  const links = extractLinks(line);
  const link = links[0];
  if (links.length !== 1 || link === undefined) return undefined;
  const generic = link.kind === 'inline' && isGenericLinkText(link.text);
  // A link named by its page's site (`([lwn.net](https://lwn.net/…))`), as a reader sees where it goes.
  const named = link.kind === 'inline' && !generic && link.text.trim().toLowerCase().replace(/^www\./, '') === siteOf(link.url);
  const form = link.kind === 'bare' ? 'bare' : link.kind === 'autolink' ? 'angle' : link.kind === 'inline' && /[\p{L}\p{N}]/u.test(link.text) ? 'titled' : undefined;
  // What may follow the link: the bracket closing one opened before it.
  const after = line.slice(link.end);
  if (form === undefined || !['', ')', '）', ']'].includes(after.trim())) return undefined;
  const prefix = line.slice(0, link.start);
  const before = gapAtEnd(prefix);
  if (before.length > LONGEST_GAP) return undefined;
  // A closing bracket after the link closes one opened before it, as a note in brackets does.
  if ((after.trim() !== '') !== /[(（[][ \t]*$/.test(before) || (after.trim() === ']') !== /\[[ \t]*$/.test(before)) return undefined;
  const words = prefix.slice(0, prefix.length - before.length);
  // Words, not a day or a figure alone (an event's `2026-07-29 | [meetup](…)`: its date lead-in).
  if (!/\p{L}/u.test(words)) return undefined;
  // A titled link right after words that end no sentence reads on in it (`Client [can override
  // the proxy](…)`): words with a link in them, not words and then their page.
  // (A link naming no page, `[link](…)`, is no part of the sentence whatever ends it.)
  if (form === 'titled' && !generic && !named && /^[ \t]*$/.test(before) && !STOP_ENDING.test(words)) return undefined;
  return { words, form: { before, after: after.trimEnd(), form, ...(generic ? { text: link.text } : {}), ...(named ? { site: true as const } : {}) } };
}

/**
 * Where most entries give their page after their words, with no link of their own (`- kitefmt
 * 2.0, now faster: https://…`, `Words. [title](…)`): how, the form most of them share. A label
 * every such entry gives before its address (`… 链接：https://…`, `… Link: https://…`) is part of it.
 */
export function addressAfterStyle(entries: readonly string[]): Pick<ItemStyle, 'addressAfter'> {
  const endings = entries.flatMap((source) => endingOf(source) ?? []);
  if (endings.length < 2 || endings.length * 2 <= entries.length) return {};
  const key = mostCommon(endings.map((e) => JSON.stringify(e.form))) as string;
  const form = JSON.parse(key) as AddressAfter;
  const alike = endings.filter((e) => JSON.stringify(e.form) === key);
  // (Two entries may end alike by chance, `… is out: https://…`; three say it is the digest's.)
  const label = alike.length >= 3 && /[:：]/.test(form.before) ? sharedLabel(alike.map((e) => e.words)) : '';
  return { addressAfter: label === '' ? form : { ...form, before: label + form.before } };
}

/**
 * The words all the entries end with after a stop, where they are a label (`。链接`, `. Source`)
 * rather than words the entries happen to share (`kites`): empty where none.
 */
function sharedLabel(words: readonly string[]): string {
  let suffix = words[0] ?? '';
  for (const w of words.slice(1)) {
    let n = 0;
    while (n < suffix.length && n < w.length && suffix[suffix.length - 1 - n] === w[w.length - 1 - n]) n++;
    suffix = suffix.slice(suffix.length - n);
  }
  // The longest, up to a dozen characters or so, that opens with a stop and a word.
  for (let at = Math.max(0, suffix.length - MAX_LABEL); at < suffix.length; at++) {
    const label = suffix.slice(at);
    if (!words.every((w) => w.length > label.length)) continue;
    // (Or after a space, where the words before it end with a stop each: `faster.`, `offline!`.)
    if (LABEL.test(label) || (SPACED_LABEL.test(label) && words.every((w) => STOP_ENDING.test(w.slice(0, w.length - label.length))))) return label;
  }
  return '';
}

const MAX_LABEL = 14;
/** A label as every entry gives it: a stop, spaces or none, then words (`。链接`, `. Link`). */
const LABEL = /^[。．.!！?？][ \t]*[\p{L}\p{N}][^.。]*$/u;
const SPACED_LABEL = /^[ \t]+[\p{L}\p{N}][^.。]*$/u;
/** Words that end a sentence. */
const STOP_ENDING = /[。．.!！?？…]$/;

/** The words an entry in that form opens with: the editor's, else the page's title; undefined where they cannot stand on one line before its link. */
function wordsBefore(words: string, page: Link): string | undefined {
  const text = words.trim() !== '' ? words.trim() : escapeMarkdownText(oneLine(page.title).trim());
  return text === '' || text.includes('\n') || extractLinks(text).length > 0 ? undefined : text;
}

/**
 * An entry in that form: its words (the page's title where it has none), then the page as the
 * digest gives it: its address (in angle brackets where Markdown would not read all of it back
 * bare), a link titled by it, or a link naming no page. Undefined where the words are not one
 * plain line, or link pages of their own: the entry's page would no longer be the link it ends with.
 */
export function renderAddressAfter(form: AddressAfter, page: Link, words: string): string | undefined {
  // A link naming no page the digest gives (`[link](…)`): the words, else the page's title, before it.
  if (form.text !== undefined) {
    const text = wordsBefore(words, page);
    return text === undefined ? undefined : `${text}${form.before}${renderLinkLine({ url: page.url, title: form.text }, { linkStyle: 'titled' })}${form.after}`;
  }
  // (Named by its site, a link reads as the page's title would; an address of no site is given as it is.)
  const site = form.form === 'titled' && form.site === true ? siteOf(page.url) : undefined;
  const linkText = form.site === true ? (site ?? '') : page.title;
  const titled = form.form === 'titled' && linkText.trim() !== '';
  // (A link titled by its page says what words would: with none, the link alone.)
  if (titled && site === undefined && words.trim() === '') return renderLinkLine({ url: page.url, title: page.title }, { linkStyle: 'titled' });
  const text = wordsBefore(words, page);
  if (text === undefined) return undefined;
  const address = renderLinkLine({ url: page.url, title: titled ? linkText : '' }, { linkStyle: titled ? 'titled' : form.form === 'titled' ? 'angle' : form.form });
  // A link set after the words' sentence, a space between (`Words. [title](…)`): words that end with no stop take one.
  if (form.form === 'titled' && /^[ \t]*$/.test(form.before) && !STOP_ENDING.test(text)) return `${text}.${form.before}${address}${form.after}`;
  // A label the digest sets after the words' stop (` Source: `): words that end with none take one.
  if (SPACED_LABEL.test(form.before.replace(/[:：][ \t]*$/, '')) && !STOP_ENDING.test(text)) return `${text}.${form.before}${address}${form.after}`;
  // A label the digest sets after a stop (`。链接：`): words ending in one already keep theirs.
  if (/^[。．.!！?？]/.test(form.before) && STOP_ENDING.test(text)) return `${text}${form.before.slice(1)}${address}${form.after}`;
  // Words that end a sentence meet a colon before the address as a sentence would: a full stop
  // gives way to it, and after `!` or `?` the address follows a space alone. (A dash may follow
  // a stop, `Words. — [title](…)`; and not before a label: `worth a look. Link: https://…`.)
  const mark = /^[ \t]*[:：]/.test(form.before);
  // Words that end with a colon of their own (`summed up:`) take the address after it, not another.
  if (mark && /：$/.test(text)) return `${text}${address}${form.after}`;
  if (mark && /:$/.test(text)) return `${text} ${address}${form.after}`;
  if (mark && /(?<![.。])[.。]$/.test(text)) return `${text.slice(0, -1)}${form.before}${address}${form.after}`;
  if (mark && /[!?！？…]$/.test(text)) return `${text} ${address}${form.after}`;
  return `${text}${form.before}${address}${form.after}`;
}
