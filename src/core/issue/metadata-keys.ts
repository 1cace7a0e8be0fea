/**
 * The metadata keys an issue's title stands under, first found first: a blog's `title`, a
 * newsletter archive's `subject` (Buttondown's export has no `title`).
 */
export const TITLE_KEYS = ['title', 'subject'] as const;

/**
 * The metadata keys (lower case) an issue's publication day stands under: `date`, Astro's
 * `pubDate` (AstroPaper's `pubDatetime`), `published`, Buttondown's `publish_date`,
 * `publishDate`, `published_at`, `publishedAt`; last, a note's `created` (Obsidian's), where
 * nothing says when it came out.
 */
export const DATE_KEYS: readonly string[] = ['date', 'pubdate', 'pubdatetime', 'published', 'publish_date', 'publishdate', 'published_at', 'publishedat', 'created'];

/** The first of `keys` a metadata block gives a value for (keys in lower case, as `values` holds them). */
export function metadataValue(values: ReadonlyMap<string, string>, keys: readonly string[]): { key: string; value: string } | undefined {
  for (const key of keys) {
    const value = values.get(key);
    if (value !== undefined && value.trim() !== '') return { key, value };
  }
  return undefined;
}
