/**
 * A line that is a template tag embedding a page by its address, as dev.to's posts and Jekyll
 * sites with embed plugins write them: `{% embed https://… %}`, `{% link https://… %}`. Its
 * `tag` and `url`.
 */
const EMBED_LINE = /^\s*\{%\s*(embed|link|linkpreview)\s+(https?:\/\/\S+?)\s*%\}\s*$/;

export function embedTagOf(line: string): { tag: EmbedTag; url: string } | undefined {
  const m = EMBED_LINE.exec(line);
  return m ? { tag: m[1] as EmbedTag, url: m[2] as string } : undefined;
}

export type EmbedTag = 'embed' | 'link' | 'linkpreview';

/** A page embedded by its tag, as such a line writes it. */
export function embedLine(tag: EmbedTag, url: string): string {
  return `{% ${tag} ${url} %}`;
}
