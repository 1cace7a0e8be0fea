import type { ParsedIssue } from '../issue/issue-parser.ts';
import { extractLinks } from '../markdown/markdown-links.ts';
import { issueDefinitions } from './link-labels.ts';

/** Whether most of the issue's entries that link a page link it in HTML (`<a href="url">title</a>`: newsletters pasted from their HTML). */
export function writesHtmlLinks(parsed: ParsedIssue): boolean {
  const definitions = issueDefinitions(parsed);
  // An anchor to a place in the page (`<a href="#new-plugins">` in an HTML heading) links no page.
  const firsts = parsed.items.flatMap((item) => extractLinks(item.source ?? '', definitions).filter((link) => /^https?:/i.test(link.url)).slice(0, 1));
  return firsts.filter((link) => link.kind === 'html').length * 2 > firsts.length;
}
