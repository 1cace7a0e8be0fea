import type { AddressAfter, ItemStyle } from '../model/template.ts';
import type { Link } from '../model/link.ts';
import { extractLinks } from '../markdown/markdown-links.ts';
import { renderLinkLine } from '../issue/link-line.ts';
import { escapeMarkdownText, oneLine } from '../markdown/markdown-escape.ts';
import { mostCommon } from './most-common.ts';

/**
 * The page's address ending an entry's one line, bare or in angle brackets, in round brackets or
 * not (`kitefmt 2.0, now faster: https://…`, `… (https://…)`, `… <https://…>`).
 */
const ENDING_ADDRESS = /(<?)(https?:\/\/[^\s<>()（）]+(?:\([^\s<>()]*\)[^\s<>()（）]*)*)(>?)([ \t]*[)）]?)[ \t]*$/;
/** What stands between the words and the address: spaces and one mark at most (`: `, ` — `, ` (`). */
const BEFORE = /[ \t]*[-–—:：|(（]?[ \t]*$/;

interface Ending {
  words: string;
  form: AddressAfter;
}

/**
 * How an entry's one line gives its page: the words, then the page's address after them and
 * nothing else linked (`kitefmt 2.0, now faster: https://…`); undefined for an entry written
 * otherwise. `text`: the entry without its list marker.
 */
function endingOf(text: string): Ending | undefined {
  const line = text.trim();
  if (line.includes('\n')) return undefined;
  const address = ENDING_ADDRESS.exec(line);
  if (!address || (address[1] === '<') !== (address[3] === '>')) return undefined;
  const after = (address[4] ?? '').trim();
  const prefix = line.slice(0, address.index);
  const before = BEFORE.exec(prefix)?.[0] ?? '';
  // A closing bracket after the address closes one opened before it, as a note in brackets does.
  if ((after !== '') !== /[(（][ \t]*$/.test(before)) return undefined;
  const words = prefix.slice(0, prefix.length - before.length);
  // The address is the entry's one link, and a link of its own: not a Markdown link's destination (`[→](https://…)`).
  const links = extractLinks(line);
  if (!/[\p{L}\p{N}]/u.test(words) || links.length !== 1 || (links[0]?.kind !== 'bare' && links[0]?.kind !== 'autolink') || links[0].start !== address.index) return undefined;
  return { words, form: { before, after: address[4] ?? '', form: address[1] === '<' ? 'angle' : 'bare' } };
}

/**
 * Where most entries give their page's address after their words, with no link of their own
 * (`- kitefmt 2.0, now faster: https://…`): how, the form most of them share. A label every
 * such entry gives before its address (`… 链接：https://…`, `… Link: https://…`) is part of it.
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
const STOP_ENDING = /[。．.!！?？]$/;

/**
 * An entry in that form: its words (the page's title where it has none), then the page's address
 * as the digest gives it (in angle brackets where Markdown would not read all of it back bare).
 * Undefined where the words are not one plain line, or link pages of their own: the entry's page
 * would no longer be the address it ends with.
 */
export function renderAddressAfter(form: AddressAfter, page: Link, words: string): string | undefined {
  const text = words.trim() !== '' ? words.trim() : escapeMarkdownText(oneLine(page.title).trim());
  if (text === '' || text.includes('\n') || extractLinks(text).length > 0) return undefined;
  const address = renderLinkLine({ url: page.url, title: '' }, { linkStyle: form.form });
  // A label the digest sets after the words' stop (` Source: `): words that end with none take one.
  if (SPACED_LABEL.test(form.before.replace(/[:：][ \t]*$/, '')) && !STOP_ENDING.test(text)) return `${text}.${form.before}${address}${form.after}`;
  // A label the digest sets after a stop (`。链接：`): words ending in one already keep theirs.
  if (/^[。．.!！?？]/.test(form.before) && /[。．.!！?？…]$/.test(text)) return `${text}${form.before.slice(1)}${address}${form.after}`;
  // Words that end a sentence meet a mark before the address (`: `, ` — `) as a sentence would:
  // a full stop gives way to it, and after `!` or `?` the address follows a space alone.
  // (Not before a label: `worth a look. Link: https://…`.)
  const mark = /^[ \t]*[-–—:：|]/.test(form.before);
  if (mark && /(?<![.。])[.。]$/.test(text)) return `${text.slice(0, -1)}${form.before}${address}${form.after}`;
  if (mark && /[!?！？…]$/.test(text)) return `${text} ${address}${form.after}`;
  return `${text}${form.before}${address}${form.after}`;
}
