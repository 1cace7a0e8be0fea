/**
 * What sets a site's name apart in a document's title (`Announcing Kite 2 | Kite Blog`,
 * `Kites - The Kite Blog`, `风筝为什么会飞_风筝网`, `Kites｜风筝网`): a bar, a dash, a middle dot,
 * a guillemet or a double colon with spaces around it, or a full-width bar or an underscore.
 */
const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' • ', ' » ', ' :: ', '｜', '_', ' _ '];

/** What the page says about its own name and its site's. */
export interface TitleFacts {
  /** `og:title`: the page's title as it gives it for sharing, usually without the site's name. */
  ogTitle?: string;
  /** `og:site_name`, else `application-name`: the site's name. */
  siteName?: string;
}

/**
 * The page's title without the site's name its document title adds before or after it
 * (`Announcing Kite 2 | Kite Blog` → `Announcing Kite 2`), where the page itself says which part
 * is the site's: its `og:title` is the rest, or its site's name is that part. Undefined where
 * nothing says so, or nothing would be left: the title is kept as the browser gave it.
 */
export function titleWithoutSite(documentTitle: string, facts: TitleFacts): string | undefined {
  const title = fold(documentTitle);
  const og = fold(facts.ogTitle ?? '');
  const site = fold(facts.siteName ?? '').toLowerCase();
  if (title === '' || (og === '' && site === '')) return undefined;
  for (const separator of SEPARATORS) {
    // Each place the separator stands: the site's name after it (most sites) or before it.
    for (let at = title.indexOf(separator); at !== -1; at = title.indexOf(separator, at + 1)) {
      const [before, after] = [fold(title.slice(0, at)), fold(title.slice(at + separator.length))];
      if (before === '' || after === '') continue;
      if ((og !== '' && before === og) || (site !== '' && after.toLowerCase() === site)) return before;
      if ((og !== '' && after === og) || (site !== '' && before.toLowerCase() === site)) return after;
    }
  }
  return undefined;
}

/** White space folded, as a title is shown. */
function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
