import { extractLinks, LINK_TEXT_MAX, type LinkDefinitions } from '../markdown/markdown-links.ts';

// A link's start: `[text](`, not an image's `![alt](`; an autolink; an HTML link; a bare web
// address, in brackets too (`words (https://…)`) where they are no link's destination.
// Link text as the link scan reads it, escapes (`\]`) included.
const LINKISH = new RegExp(String.raw`(?:^|[^!])\[(?:[^[\]\\]|\\.|\[[^[\]]*\]){0,${LINK_TEXT_MAX}}\]\(|<https?:\/\/|<a\s[^<>]*href\s*=|(?:^|[^("'=<])https?:\/\/|(?:^|[^\]])\(https?:\/\/`, 'i');

/**
 * Whether Markdown links somewhere (an image alone does not); a quick look first, then a full
 * scan where it may have missed one: reference links (`[title][1]`, `[title]`) link only where
 * the document defines their label.
 */
export function hasLink(markdown: string, definitions: LinkDefinitions = NO_DEFINITIONS): boolean {
  if (LINKISH.test(markdown)) return true;
  // The quick look misses link text nested deeper than it reads (`[for `[&[mut]] Box`](…)`).
  const maybe = markdown.includes('](') || (definitions.size > 0 && markdown.includes('['));
  return maybe && extractLinks(markdown, definitions).length > 0;
}

const NO_DEFINITIONS: LinkDefinitions = new Map();
