/**
 * How a change log names a code host's page by its number: `#4010` for a pull request or an
 * issue (GitHub's, Gitea's and Forgejo's `…/owner/repo/pulls/12`, GitLab's `…/-/issues/7`),
 * `!52` for a GitLab merge request; undefined for any other page.
 */
export function codeHostReference(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const merge = /\/-\/merge_requests\/(\d{1,8})\/?$/.exec(path);
  if (merge) return `!${merge[1] as string}`;
  const issue = /\/-\/issues\/(\d{1,8})\/?$/.exec(path) ?? /^\/[^/]+\/[^/]+\/(?:pull|pulls|issues)\/(\d{1,8})(?:\/(?:files|commits))?\/?$/.exec(path);
  return issue ? `#${issue[1] as string}` : undefined;
}

/** Who opened a pull request, as its page's title names them (`… by cy · Pull Request #4103 · kite/kite`): `cy`. */
export function codeHostAuthor(title: string): string | undefined {
  return /\s+by\s+([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\s+·\s+Pull Request\s+#\d+\s+·\s+\S+\s*$/.exec(title)?.[1];
}

/**
 * What a code host's page title says of the change, without the host's own words after it
 * (`Fix the needle by cy · Pull Request #4103 · kite/kite`, `Fix the needle (!52) · Merge
 * requests · kite / kite · GitLab`): `Fix the needle`. Any other title as it is.
 */
export function codeHostSubject(title: string): string {
  return title
    .replace(/(?:\s+by\s+\S+)?\s+·\s+(?:Pull Request|Issue)\s+#\d+\s+·\s+\S+\s*$/, '')
    .replace(/\s+\([#!]\d+\)\s+·\s+(?:Merge requests|Issues)\s+·.*$/, '')
    .trim();
}
