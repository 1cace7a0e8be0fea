import type { ItemStyle } from '../model/template.ts';

/**
 * Whether the digest's new entries name their page's author (after the link, `by {author}`, or
 * crediting it over a quote, `{author} reports`): the capture form asks for one.
 */
export function asksAuthor(style: Pick<ItemStyle, 'byline' | 'credit'> | undefined): boolean {
  return style?.byline !== undefined || style?.credit !== undefined;
}
