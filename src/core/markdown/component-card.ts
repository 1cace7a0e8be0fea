import { componentAttributes, componentPage, firstAttribute } from './markdown-links.ts';

/** The attributes a card gives its page's words in, most used first. */
const COMPONENT_WORDS_ATTRIBUTES = ['description', 'summary', 'excerpt', 'text'];

/** One component, self-closed, over one line or several (`<LinkCard href="…" title="…" />`), opening a text. */
const CARD = /^\s*<([A-Z][a-z][\w.]*)(\s[^<>]*?)\/>/;

/** A card as MDX writes an entry: a component naming its page's address, title and words by attributes. */
export interface ComponentCard {
  name: string;
  url: string;
  title: string;
  words: string;
}

/**
 * The card a text is, whole (Starlight's `<LinkCard href="…" title="…" description="…" />`, a
 * site's own `<Card link="…" label="…" description="…"/>` over several lines); undefined for any
 * other text, a component with no web address among its attributes too.
 */
export function componentCard(text: string): ComponentCard | undefined {
  const lead = leadingCard(text);
  return lead && lead.rest.trim() === '' ? lead.card : undefined;
}

/**
 * The card a text opens with, and what follows it: the entry's further pages, where a card links
 * only one (see `renderItem`); undefined where the text opens with no card.
 */
export function leadingCard(text: string): { card: ComponentCard; rest: string } | undefined {
  const m = CARD.exec(text);
  if (!m) return undefined;
  const attributes = componentAttributes(m[2] as string);
  const page = componentPage(attributes);
  if (!page) return undefined;
  return { card: { name: m[1] as string, ...page, words: firstAttribute(attributes, COMPONENT_WORDS_ATTRIBUTES) ?? '' }, rest: text.slice(m[0].length) };
}

/**
 * The line after a card that opens on `line` (and closes there or on a later line, before `end`),
 * the lines right under it that open with no tag but a link's with it; undefined where none does.
 */
export function componentCardEnd(lines: readonly string[], line: number, end: number): number | undefined {
  if (!/^[ \t]*<[A-Z][a-z][\w.]*(?=[\s/>]|$)/.test(lines[line] as string)) return undefined;
  for (let at = line; at < end && at < line + 40; at++) {
    if (/\/>[ \t]*$/.test(lines[at] as string)) {
      if (!componentCard(lines.slice(line, at + 1).join('\n'))) return undefined;
      // The lines right under it that open with no tag but a link's: its entry's further pages.
      let after = at + 1;
      while (after < end && /^[ \t]*(?:<a\s|[^<\s])/i.test(lines[after] as string)) after++;
      return after;
    }
    if (at > line && /^[ \t]*</.test(lines[at] as string)) return undefined;
  }
  return undefined;
}
