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
 * is the site's: its `og:title` is the rest, or its site's name is that part; and without a count
 * of unread notifications before it (`(3) `). Undefined where there is neither, or nothing would
 * be left: the title is kept as the browser gave it.
 */
export function titleWithoutSite(documentTitle: string, facts: TitleFacts): string | undefined {
  // A count of unread notifications a site puts first (`(3) Kites | Kite Forum`) is no part of it either.
  const counted = UNREAD_COUNT.exec(documentTitle);
  const title = fold(counted ? documentTitle.slice(counted[0].length) : documentTitle);
  const og = fold(facts.ogTitle ?? '');
  const site = fold(facts.siteName ?? '').toLowerCase();
  if (title === '') return undefined;
  if (og === '' && site === '') return counted ? title : undefined;
  for (const separator of SEPARATORS) {
    // Each place the separator stands: the site's name after it (most sites) or before it.
    for (let at = title.indexOf(separator); at !== -1; at = title.indexOf(separator, at + 1)) {
      const [before, after] = [fold(title.slice(0, at)), fold(title.slice(at + separator.length))];
      if (before === '' || after === '') continue;
      if ((og !== '' && before === og) || (site !== '' && after.toLowerCase() === site)) return before;
      if ((og !== '' && after === og) || (site !== '' && before.toLowerCase() === site)) return after;
    }
  }
  return counted ? title : undefined;
}

/** `(3) `, `(12+) `: unread notifications, counted in a tab's title. */
const UNREAD_COUNT = /^\s*\(\d{1,4}\+?\)\s+(?=\S)/;

/** White space folded, as a title is shown. */
function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
