import { withoutMarks } from '../markdown/without-marks.ts';

/**
 * Link text that names no page, only the act of following it (`Read more`, `阅读原文`, `→`), or a
 * link line's label that does the same (`Link: https://…`, `原文：<…>`): an entry that links so
 * takes its title from its heading or its title line instead.
 */
const GENERIC = new Set([
  'read more',
  'read more here',
  'read the article',
  'read the post',
  'read it',
  'read',
  'more',
  'more info',
  'learn more',
  'continue reading',
  'full story',
  'full article',
  'link',
  'source',
  'here',
  'click here',
  'this',
  'details',
  'blog',
  'blog post',
  'url',
  'website',
  'homepage',
  'article',
  'post',
  'weiterlesen',
  'mehr',
  'lire la suite',
  'en savoir plus',
  'leer más',
  'leia mais',
  'подробнее',
  'читать далее',
  '阅读原文',
  '原文',
  '原文链接',
  '查看原文',
  '链接',
  '详情',
  '来源',
  '网址',
  '地址',
  '原文地址',
  '查看详情',
  '这里',
  '此处',
  '点此',
  '由此',
  '閱讀原文',
  '続きを読む',
  '詳細',
  '더 보기',
]);

/** Whether a link's text is a title's own words: marks, spacing and case aside. */
/** How long the part of a title a cut link text keeps is at least, to be read as that title. */
const TITLE_CUT_AT_LEAST = 40;

export function isTitleText(linkText: string, title: string): boolean {
  // Escaped or not (a heading's `\[nova\]`, a link's text read as `[nova]`), marks aside.
  const plain = (text: string): string => text.replace(/\\(?=[!-/:-@[-`{-~])/g, '').replace(/[*_`~]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  const [link, heading] = [plain(linkText), plain(title)];
  // A title too long for one link's text is written cut, marked so (see escapeLinkText).
  const cut = link.endsWith('…') ? link.slice(0, -1).trimEnd() : undefined;
  return link === heading || (cut !== undefined && cut.length >= TITLE_CUT_AT_LEAST && heading.startsWith(cut));
}

/** Whether a link's text names no page (see above); marks, arrows and case aside. */
export function isGenericLinkText(text: string): boolean {
  // None is longer than a few words (the longest above, with marks and an arrow, fits): most
  // link text, a page's title, is told at once.
  if (text.length > 24 || text.trim() === '') return false;
  // An emoji's form (`➡️`) is the arrow's.
  const plain = text.replace(/\ufe0f/gu, '');
  const words = plain
    .replace(/[*_`~]/g, '')
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim()
    .toLowerCase();
  // No words: an arrow alone. One of several such links numbered (`[Link 1](…) and [link 2](…)`).
  return words === '' ? /^[\s→»›>➜➡⟶-]+$/u.test(plain) : GENERIC.has(words) || GENERIC.has(words.replace(/ \d{1,2}$/, ''));
}

/**
 * Link text that is a reference by number, not a name (`#4001`, `!52`, `PR 17`, `GH-12`, `bug
 * 1893`, `[3]`'s `3`): a change log's entry, `Bridle editor mirrors points ([#4001](…), @ann)`,
 * names its page in the words before it.
 */
export function isReferenceText(text: string): boolean {
  return /^(?:#|!|GH-|(?:PR|MR|pull|issue|bug|ticket|CL|r)\s?[#!]?)?\d{1,8}$/i.test(text.trim());
}

/**
 * The words an entry opens with, up to its first link or the end of its first clause (`Deno 2
 * is out — …`, `新版发布，…`, `Rust 1.80 released (…)`), with no marks: what names its page
 * where the link's own text names none (`[Read more](…)`, `([blog](…))`, `[详情](…)`).
 */
export function leadWords(words: string, firstLinkAt: number): string {
  const lead = words.slice(0, firstLinkAt).split('\n')[0] as string;
  const clause = lead.split(/(?<![ \t])[ \t]+[-–—][ \t]+|[:;!?.,][ \t]|[(（：；，。！？]/u)[0] as string;
  // A change's credit and the word leading into its address (`Fix the needle by @cy in https://…`,
  // GitHub's release notes) are not the page's name.
  const plain = withoutMarks(clause).replace(/\s+/g, ' ').trim().replace(/(?:\s+by\s+@[\w-]+)?\s+(?:in|at|via|see)$/i, '');
  // A word or two (`See [here](…)`, `见[这里](…)`) names nothing.
  return (plain.match(/[\p{L}\p{N}]/gu) ?? []).length >= 4 ? plain : '';
}
