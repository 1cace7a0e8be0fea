import type { ParsedIssue } from '../issue/issue-parser.ts';
import { slug } from '../issue/pattern.ts';
import { isFootnote } from '../markdown/footnote-links.ts';
import { encodeLinkDestination } from '../markdown/markdown-escape.ts';
import { collectLinkDefinitions, extractLinks, isLinkDefinition, normalizeLabel, type LinkDefinitions } from '../markdown/markdown-links.ts';
import { referenceLabel, withLinksInline } from '../markdown/reference-links.ts';
import type { LinkLabels } from '../model/template.ts';
import { isSafeHref } from '../url/capturable-url.ts';

/** The reference-link definitions an issue makes (`[1]: https://…`), wherever it writes them. */
export function issueDefinitions(parsed: ParsedIssue): LinkDefinitions {
  // Only text that holds `]:` can define anything: most of an issue is looked at no further.
  const lines = parsed.issue.body.flatMap((segment) => {
    const text = segment.kind === 'text' ? segment.raw : segment.kind === 'item' ? (parsed.items[segment.order]?.source ?? '') : '';
    return text.includes(']:') ? text.split('\n') : [];
  });
  return collectLinkDefinitions(lines);
}

/**
 * The issue as if its entries linked their pages inline (not by labels, not in HTML): what is
 * learned of how the digest writes an entry (its separator, its bold, its site notes) reads the
 * same either way.
 */
export function withEntryLinksInline(parsed: ParsedIssue): ParsedIssue {
  const definitions = issueDefinitions(parsed);
  return { ...parsed, items: parsed.items.map((item) => (item.source === undefined ? item : { ...item, source: withLinksInline(item.source, definitions) })) };
}

/**
 * How the issue's entries label their pages' addresses, where most link theirs by a label the
 * issue defines apart (`[title][1]` and `[1]: https://…`): by numbers or by names, defined at the
 * issue's end or under each entry (This Week in Rust GameDev's `[Title]: https://…` after its words).
 */
export function linkLabelsOf(parsed: ParsedIssue): LinkLabels | undefined {
  const definitions = issueDefinitions(parsed);
  if (definitions.size === 0) return undefined;
  let linked = 0;
  const labels: string[] = [];
  for (const item of parsed.items) {
    const source = item.source ?? '';
    const first = extractLinks(source, definitions)[0];
    if (!first) continue;
    linked++;
    if (first.kind === 'reference' && !isFootnote(first)) labels.push(referenceLabel(source, first));
  }
  if (labels.length * 2 <= linked) return undefined;
  return { by: labels.every((label) => /^\d+$/.test(label.trim())) ? 'number' : 'name', at: definedAmongEntries(parsed) >= 2 ? 'entry' : 'end' };
}

/** How many runs of definitions stand among the issue's entries: in an entry's own lines or right after it, with entries after. */
function definedAmongEntries(parsed: ParsedIssue): number {
  const body = parsed.issue.body;
  const last = body.findLastIndex((s) => s.kind === 'item');
  const definesOnly = (raw: string): boolean => raw.trim() !== '' && raw.split('\n').every((line) => line.trim() === '' || isLinkDefinition(line));
  let runs = 0;
  body.forEach((segment, i) => {
    if (i >= last) return;
    if (segment.kind === 'text' && body[i - 1]?.kind === 'item' && definesOnly(segment.raw)) runs++;
    if (segment.kind === 'item' && (parsed.items[segment.order]?.source ?? '').split('\n').some(isLinkDefinition)) runs++;
  });
  return runs;
}

/** Labels an issue being written gives its pages' addresses, and the definitions they need. */
export interface LabelMaker {
  /** The label for a web address: the one it already has, or the next free one; none for any other (`javascript:` in an editor's words stays their text). */
  labelFor(url: string, text: string): string | undefined;
  /** The definitions of the labels given since the last call, in the order they were given. */
  takeDefinitions(): string[];
  /** Labels something else in the issue defines (an entry written as it was imported): never given. */
  reserve(labels: Iterable<string>): void;
}

/**
 * Labels as the digest's are: numbers counting on from the highest `taken` (1 in an issue with
 * none), or a name made of the link's first words (`hyperfine-1-19`), made unique. An address
 * labelled once keeps its label.
 */
export function labelMaker(by: LinkLabels['by'], taken: Iterable<string>): LabelMaker {
  const used = new Set([...taken].map(normalizeLabel));
  const byUrl = new Map<string, string>();
  let pending: string[] = [];
  let number = Math.max(0, ...[...used].filter((l) => /^\d+$/.test(l)).map(Number));
  const fresh = (text: string): string => {
    if (by === 'number') {
      while (used.has(String(++number)));
      return String(number);
    }
    const base = slug(text).split('-').slice(0, 4).join('-').slice(0, 32).replace(/-+$/, '') || 'link';
    let label = base;
    for (let n = 2; used.has(label); n++) label = `${base}-${n}`;
    return label;
  };
  return {
    labelFor(url, text) {
      if (!isSafeHref(url)) return undefined;
      const known = byUrl.get(url);
      if (known !== undefined) return known;
      const label = fresh(text);
      used.add(label);
      byUrl.set(url, label);
      pending.push(`[${label}]: ${encodeLinkDestination(url)}`);
      return label;
    },
    reserve(labels) {
      for (const label of labels) used.add(normalizeLabel(label));
    },
    takeDefinitions() {
      const taken = pending;
      pending = [];
      return taken;
    },
  };
}
