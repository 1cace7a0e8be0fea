import type { ParsedIssue } from '../issue/issue-parser.ts';
import type { ItemStyle } from '../model/template.ts';
import { isWebAddress } from '../url/capturable-url.ts';
import { pageAddress } from '../url/url-canonical.ts';

/**
 * Where a digest links each entry's page through a redirect of its own (HelloGitHub's
 * `https://hellogithub.com/periodical/statistics/click/?target=https://github.com/…`, counting
 * clicks): that address with `{url}` where the page's stood, or `{url:encoded}` where the page's
 * was written as a query's value is (`?u=https%3A%2F%2F…`). Where most of the newest issue's
 * entries link their page so, through the same redirect; new entries are written so (see
 * withAddressForm). Undefined otherwise.
 */
export function addressFormOf(latest: ParsedIssue): Pick<ItemStyle, 'addressForm'> {
  const pages = latest.items.flatMap((item) => (item.links[0] === undefined ? [] : [item.links[0].url]));
  const forms = new Map<string, number>();
  for (const url of pages) {
    const form = formOf(url);
    if (form !== undefined) forms.set(form, (forms.get(form) ?? 0) + 1);
  }
  const [form, count] = [...forms].sort((a, b) => b[1] - a[1])[0] ?? [];
  return form !== undefined && count !== undefined && count * 2 > pages.length ? { addressForm: form } : {};
}

/** The redirect a link goes through, as a form (see addressFormOf): where the page's address ends the link's. */
function formOf(url: string): string | undefined {
  const page = pageAddress(url);
  if (page === url) return undefined;
  if (url.endsWith(page)) return `${url.slice(0, -page.length)}{url}`;
  const encoded = encodeURIComponent(page);
  return url.endsWith(encoded) ? `${url.slice(0, -encoded.length)}{url:encoded}` : undefined;
}

/** Whether text is an address form a link can be written in: a web address with the page's `{url}` once, at its end. */
export function isAddressForm(form: string): boolean {
  const at = form.search(/\{url(?::encoded)?\}$/);
  const redirect = form.slice(0, at);
  return at > 0 && !/[{}\s]/.test(redirect) && isWebAddress(redirect);
}

/**
 * A page's address written through the digest's redirect (see addressFormOf); as it is where it
 * goes through one already. An address a query's value cannot hold as written (`&`, `#`, `+`, `%`
 * in it would be read as the redirect's own) is encoded, whatever the form.
 */
export function withAddressForm(url: string, form: string | undefined): string {
  if (form === undefined || !isAddressForm(form) || !isWebAddress(url) || pageAddress(url) !== url) return url;
  const encoded = form.endsWith('{url:encoded}');
  const redirect = form.slice(0, encoded ? -'{url:encoded}'.length : -'{url}'.length);
  return redirect + (encoded || /[&#+%\s]/.test(url) ? encodeURIComponent(url) : url);
}
