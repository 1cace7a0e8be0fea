import { isGenericLinkText } from '../issue/generic-link-text.ts';
import { extractLinks } from '../markdown/markdown-links.ts';
import type { ItemStyle, LeadTitle } from '../model/template.ts';
import { ENTRY_MARKER } from '../issue/item-text.ts';
import { mostCommon } from './most-common.ts';
import type { Link } from '../model/link.ts';
import { renderLinkLine } from '../issue/link-line.ts';
import { encodeLinkDestination, escapeLinkText, escapeMarkdownText, oneLine } from '../markdown/markdown-escape.ts';

/** A title set apart that an entry opens with, and what stands between it and the words: `**Zig 0.13 is out** — `, `【Rust 1.80 发布】`. */
const OPENING = /^(?:(\*\*|__)(?![[\s])([^*_\n[\]]+?)\1|【([^【】\n[\]]+)】)([ \t]*(?:[-–—:：][ \t]*)?)/;
/** The page given at the end by a link naming no page (` [Read more](…)`). */
const ENDING_LINK = /([ \t]*)\[([^\]\n]{1,24})\]\([^)\s]+\)[ \t]*$/;
/** The page given at the end by its address after a label (`链接：https://…`, ` Link: <https://…>`). */
const ENDING_ADDRESS = /([ \t]*[^\s[\]()<>:：。，！？；、.,!?;]{1,10}[:：][ \t]*)(<?)https?:\/\/[^\s<>]+>?[ \t]*$/u;

/**
 * Where most entries open with their page's title set apart and give the page after their words
 * (`1. **Zig 0.13 is out** — words [Read more](…)`, `【Rust 1.80 发布】words链接：https://…`): the
 * form most of them share.
 */
export function leadTitleStyle(entries: readonly string[]): Pick<ItemStyle, 'leadTitle'> {
  const forms = entries.flatMap((source) => leadTitleOf(source.replace(ENTRY_MARKER, '')) ?? []);
  if (forms.length * 2 <= entries.length) return {};
  return { leadTitle: JSON.parse(mostCommon(forms.map((f) => JSON.stringify(f))) as string) as LeadTitle };
}

/**
 * How an entry's one line opens with its page's title set apart and gives the page after its
 * words (`**Zig 0.13 is out** — words [Read more](…)`, `【Rust 1.80 发布】words链接：https://…`);
 * undefined for an entry written otherwise. `text`: the entry without its list marker.
 */
export function leadTitleOf(text: string): LeadTitle | undefined {
  const line = text.trim();
  if (line.includes('\n')) return undefined;
  const opening = OPENING.exec(line);
  if (!opening) return undefined;
  const strong = opening[1] as '**' | '__' | undefined;
  const [open, close]: [LeadTitle['open'], LeadTitle['close']] = strong !== undefined ? [strong, strong] : ['【', '】'];
  const between = opening[4] ?? '';
  const atTitle = afterTitleOf(line, opening[0].length - between.length);
  if (atTitle) return { open, close, between: atTitle.between, ending: atTitle.ending };
  const link = ENDING_LINK.exec(line);
  if (link && isGenericLinkText(link[2] as string) && extractLinks(line).length === 1) return { open, close, between, ending: { before: link[1] ?? '', text: link[2] as string } };
  const address = ENDING_ADDRESS.exec(line);
  if (address && extractLinks(line).length === 1) return { open, close, between, ending: { label: address[1] as string, form: address[2] === '<' ? 'angle' : 'bare' } };
  return undefined;
}

/** What may stand before an address right after the title (` (`, `: `), and what may follow it before the words (` — `, `: `). */
const BEFORE_ADDRESS = /^[ \t]*(?:[:：][ \t]*)?[(（]?$/;
const AFTER_ADDRESS = /^([)）]?)([ \t]*(?:[-–—:：][ \t]*)?)/;

/** The page's address right after the title (`**Kites** (https://…) — words`), its one link: how, and what then stands before the words. */
function afterTitleOf(line: string, titleEnd: number): { ending: Extract<LeadTitle['ending'], { afterTitle: true }>; between: string } | undefined {
  const links = extractLinks(line);
  const link = links[0];
  if (links.length !== 1 || link === undefined || (link.kind !== 'bare' && link.kind !== 'autolink') || link.start < titleEnd) return undefined;
  const before = line.slice(titleEnd, link.start);
  const rest = line.slice(link.end);
  const after = AFTER_ADDRESS.exec(rest);
  if (!BEFORE_ADDRESS.test(before) || !after) return undefined;
  const [, closing = '', between = ''] = after;
  // A bracket opened before the address is closed after it; words follow a mark or a space, or nothing does.
  if (/[(（]$/.test(before) !== (closing !== '') || (rest.length > after[0].length && between === '')) return undefined;
  return { ending: { afterTitle: true, before, form: link.kind === 'autolink' ? 'angle' : 'bare', after: closing }, between };
}

/**
 * An entry in that form, where it can be written so: the page's title set apart, the words, the
 * page given after them (its address in angle brackets where Markdown would not read all of it
 * back bare). Undefined for a page with no title, or words that are not one plain line or that
 * link pages of their own (the entry's page would no longer be its first link).
 */
export function renderLeadTitle(lead: LeadTitle, page: Link, words: string): string | undefined {
  const title = escapeMarkdownText(oneLine(page.title)).replace(/[【】]/g, '');
  if (title === '' || words.includes('\n') || extractLinks(words).length > 0 || /^(?:[-*+>#|]|\d{1,9}[.)、])/.test(words)) return undefined;
  if ('afterTitle' in lead.ending) {
    // (An address with brackets of its own is set in angle brackets inside the digest's.)
    const form = lead.ending.after !== '' && /[()（）]/.test(page.url) ? 'angle' : lead.ending.form;
    const address = renderLinkLine({ url: page.url, title: '' }, { linkStyle: form });
    return `${lead.open}${title}${lead.close}${lead.ending.before}${address}${lead.ending.after}${words.trim() === '' ? '' : lead.between + words.trim()}`;
  }
  const ending = 'text' in lead.ending ? `${lead.ending.before}[${escapeLinkText(lead.ending.text)}](${encodeLinkDestination(page.url)})` : lead.ending.label + renderLinkLine({ url: page.url, title: '' }, { linkStyle: lead.ending.form });
  return `${lead.open}${title}${lead.close}${words.trim() === '' ? '' : lead.between + words.trim()}${ending}`;
}
