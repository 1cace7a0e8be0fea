import type { Issue } from '../model/issue.ts';
import { issueFigures, standingPattern } from '../template/standing-pattern.ts';
import { unpaddedPattern } from '../template/unpadded-pattern.ts';
import { LINKS_STANDING_IN, paragraphsOf } from './standing-blocks.ts';
import { extractLinks } from '../markdown/markdown-links.ts';

/** How many issues must write a paragraph alike, but for their own number and days, for it to be the digest's own. */
const NUMBERED_STANDING_IN = 2;

/**
 * Paragraphs that issues write alike but for each issue's own number and days (`Welcome to Kite
 * Weekly 12` beside `… 11`, `Issue #12 · November 14, 2026`, `（完，第十二期，2026年11月13日）`):
 * the digest's own text, each as written, though no two of them read the same word for word.
 * Only the issue's own figures may differ (see standingPattern): entries that differ by a version
 * or a count (`Kite 6.1` beside `Kite 6.2`) stay entries. A paragraph naming the issue only in what
 * it links (`🔙 [返回第 12 期目录](…/volume/12)`) must be written so by three issues, as a block that
 * links is by standingBlocks: two issues' entries may link pages named by their numbers
 * (`[slist-12](…)` beside `[slist-11](…)`). Known once the issues are read, as their
 * numbers and days come from their titles and metadata. `body`: an issue's text after its
 * metadata (whose fields name its number and day by nature).
 */
export function numberedStanding(issues: readonly { body: string; issue: Pick<Issue, 'number' | 'year' | 'published' | 'period' | 'key'> }[]): Set<string> {
  const byPattern = new Map<string, { texts: Set<string>; issues: Set<string>; inWords: boolean }>();
  for (const { body, issue } of issues) {
    // The issues before and after it too (`[← Issue 11](…/11/) · [Issue 13 →](…/13/)` in 12)…
    const around = issueFigures(issue, undefined, true);
    // (…the same days and spans, worked out once for both.)
    const { neighbours: _, ...figures } = around;
    for (const paragraph of paragraphsOf(body)) {
      const pattern = standingPattern(paragraph, around);
      if (pattern === paragraph) continue;
      // Whether the issue names itself in its own words (`Issue #12 · …`), not only in what it links.
      // (…but only its own number counts so: an entry's figure is as likely to be one more.)
      const words = withoutLinks(paragraph);
      // (Alike but for how a day pads, `11/7` beside `11/14`: see unpaddedPattern.)
      const key = unpaddedPattern(pattern);
      const entry = byPattern.get(key) ?? { texts: new Set<string>(), issues: new Set<string>(), inWords: standingPattern(words, figures) !== words };
      entry.texts.add(paragraph);
      entry.issues.add(issue.key);
      byPattern.set(key, entry);
    }
  }
  return new Set([...byPattern.values()].flatMap(({ texts, issues: keys, inWords }) => (keys.size >= (inWords ? NUMBERED_STANDING_IN : LINKS_STANDING_IN) && texts.size > 1 ? [...texts] : [])));
}

/** Text with its links, their text and their addresses, left out: the words around them. */
function withoutLinks(text: string): string {
  let out = '';
  let from = 0;
  for (const link of extractLinks(text)) {
    out += text.slice(from, link.start);
    from = link.end;
  }
  return out + text.slice(from);
}
