import { isReferenceText } from '../issue/generic-link-text.ts';
import { ENTRY_MARKER } from '../issue/item-text.ts';
import { extractLinks } from '../markdown/markdown-links.ts';
import type { ItemStyle } from '../model/template.ts';

/**
 * Where most entries are a change log's: words naming the change, then its page linked by its
 * number in brackets (`- Fix the needle ([#4103](…), @cy)`, `(!52)`), or its address after
 * `in` as GitHub's release notes write it (`* Fix the needle by @cy in https://…/pull/4103`);
 * and whether most of those credit who made it.
 */
export function changeLogStyle(entries: readonly string[]): Pick<ItemStyle, 'referenceLink' | 'referenceAuthor' | 'referenceAddress'> {
  const logged = entries.flatMap((source): { credited: boolean; address: boolean }[] => {
    const link = extractLinks(source).find((l) => l.kind === 'inline' && isReferenceText(l.text) && /\(\s*$/.test(source.slice(0, l.start)) && /[\p{L}\p{N}]/u.test(source.slice(0, l.start).replace(ENTRY_MARKER, '')));
    if (link) return [{ credited: /^,\s*@[\w-]+\)/.test(source.slice(link.end)), address: false }];
    const addressed = addressAfter(source.replace(ENTRY_MARKER, '').trimEnd());
    return addressed ? [{ credited: addressed[1] !== undefined, address: true }] : [];
  });
  if (logged.length * 2 <= entries.length) return {};
  const address = logged.filter((l) => l.address).length * 2 > logged.length;
  const credited = logged.filter((l) => l.credited).length * 2 > logged.length;
  return { referenceLink: true, ...(credited ? { referenceAuthor: true } : {}), ...(address ? { referenceAddress: true } : {}) };
}

/**
 * A release note's line: words, who made the change, and its address after `in` (`Fix the needle
 * by @cy in https://…`); the match of its end (who, if named, as group 1). Matched from the end:
 * a pattern that looked ahead from the line's start for the words tried every place of a long line
 * twice over (100,000 characters of `[a](` took seconds); this one starts only where a run of
 * blanks starts.
 */
function addressAfter(line: string): RegExpExecArray | undefined {
  const end = ADDRESS_END.exec(line);
  if (!end || end.index === 0) return undefined;
  const words = line.slice(0, end.index);
  return !words.includes('\n') && /[\p{L}\p{N}]/u.test(words + (end[1] ?? '')) ? end : undefined;
}
const ADDRESS_END = /(?<!\s)(\s+by\s+@[\w-]+)?\s+in\s+<?https?:\/\/[^\s<>]+>?$/u;
