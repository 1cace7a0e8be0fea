import { standingBlocks } from '../../../../src/core/issue/standing-blocks.ts';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../../src/core/issue/issue-import.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { corpusAvailable, DIGESTS, digestFiles, otherDigestsAvailable, type DigestName } from '../../../helpers/corpus.ts';

/**
 * What one entry is, per digest, as the corpus README describes it — written here on its own,
 * line by line, without the importer's code, so the importer is measured against it:
 * - OpenStack社区动态: a paragraph (blank-line-separated) under a heading that links somewhere;
 * - This Week in Rust, R Weekly, This Week in React: a bullet at the left margin that links
 *   somewhere, with what is nested under it;
 * - 科技爱好者周刊: `1、[title](url)` with the paragraphs and images under it, to the next entry or
 *   heading.
 * HTML comments and code are not read for entries (editors' instructions show example bullets).
 */
function entriesOf(digest: DigestName, text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const hidden = new Set<number>();
  let inComment = false;
  let inFence = false;
  lines.forEach((line, i) => {
    if (/^\s*```/.test(line)) inFence = !inFence;
    if (line.includes('<!--')) inComment = true;
    if (inComment || inFence) hidden.add(i);
    if (line.includes('-->')) inComment = false;
  });
  // A heading that only repeats the front matter's title is the title again: entries come after
  // the first heading that is not.
  const title = /^title:[ \t]*(["']?)(.*)\1[ \t]*$/m.exec(text)?.[2];
  const heading = (l: string) => /^ {0,3}#{1,6}(\s|$)/.test(l);
  const repeatsTitle = (l: string) => title !== undefined && l.replace(/^ {0,3}#{1,6}\s+/, '').trim() === title.trim();
  const links = (l: string) => /(?<!!)\[[^\]]*\]\([^)]+\)|<https?:\/\/|https?:\/\//.test(l.replace(/!\[[^\]]*\]\([^)]*\)/g, ''));
  const first = lines.findIndex((l, i) => i > 0 && heading(l) && !repeatsTitle(l) && !hidden.has(i));
  const entries: string[][] = [];
  if (first === -1) return entries;
  let i = first + 1;
  if (digest === 'openstack-digest') {
    while (i < lines.length) {
      if (lines[i]!.trim() === '' || heading(lines[i]!) || hidden.has(i)) {
        i++;
        continue;
      }
      const block: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== '' && !heading(lines[i]!)) block.push(lines[i++]!);
      if (block.some(links) && !block.every((l) => /^\s*\[[^\]]+\]:/.test(l))) entries.push(block);
    }
    return entries;
  }
  if (digest === 'ruanyf-weekly') {
    let current: string[] | undefined;
    for (; i < lines.length; i++) {
      const line = lines[i]!;
      if (heading(line)) current = undefined;
      else if (/^\d+、/.test(line)) entries.push((current = [line]));
      else if (current) current.push(line);
    }
    return entries.map((e) => trimBlank(e));
  }
  // Bullet digests.
  for (; i < lines.length; i++) {
    if (hidden.has(i) || !/^[*+-][ \t]/.test(lines[i]!)) continue;
    const entry = [lines[i]!];
    let j = i + 1;
    while (j < lines.length && !hidden.has(j) && (/^[ \t]+\S/.test(lines[j]!) || (lines[j]!.trim() === '' && /^[ \t]+\S/.test(lines[j + 1] ?? '')))) entry.push(lines[j++]!);
    if (entry.some(links)) entries.push(entry);
    i = j - 1;
  }
  return entries;
}

function trimBlank(lines: string[]): string[] {
  let end = lines.length;
  while (end > 1 && lines[end - 1]!.trim() === '') end--;
  return lines.slice(0, end);
}

describe.skipIf(!corpusAvailable)('items are the entries each digest means', () => {
  it.each(DIGESTS.filter((d) => d === 'openstack-digest' || otherDigestsAvailable))('%s: at least 95% of entries are held whole by exactly one item, and no image is a link', (digest) => {
    const files = digestFiles(digest);
    const plan = planImport(files, { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-12-01');
    expect(plan.failures).toEqual([]);
    // Lists several issues write word for word (This Week in Rust's editors) are the digest's own text.
    const standing = [...standingBlocks(files.map((f) => f.text))];
    let entries = 0;
    let whole = 0;
    const misses: string[] = [];
    for (const parsed of plan.parsed) {
      const file = files.find((f) => f.name === parsed.issue.fileName)!;
      const own = entriesOf(digest, file.text).filter((e) => !standing.some((list) => list.includes(e.join('\n'))));
      const starts = new Set(own.map((e) => e[0]!));
      const sources = parsed.items.map((i) => ({ text: i.source ?? '', lines: new Set((i.source ?? '').split('\n')) }));
      // Entries and items in document order: an entry is held by the next item that holds its
      // text whole (an issue may repeat an entry, as R Weekly repeats its highlights).
      let next = 0;
      for (const entry of own) {
        entries++;
        const text = entry.join('\n');
        const at = sources.findIndex((s, k) => k >= next && s.text.includes(text));
        // Whole, in one item, and that item holds no other entry.
        const ok = at !== -1 && [...starts].filter((s) => sources[at]!.lines.has(s)).length === 1;
        if (ok) {
          whole++;
          next = at + 1;
        } else if (misses.length < 5) misses.push(`${file.name}: ${entry[0]!.slice(0, 80)}`);
      }
      // An image's address never becomes a link, unless the page also links to it as text.
      const images = new Set([...file.text.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g), ...file.text.matchAll(/<img\b[^>]*\bsrc=["']([^"']+)/gi)].map((m) => m[1]!));
      const linked = new Set([...file.text.matchAll(/(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)/g)].map((m) => m[1]!));
      for (const item of parsed.items) for (const link of item.links) if (images.has(link.url)) expect(linked.has(link.url), `${file.name}: the image ${link.url} is no link`).toBe(true);
    }
    const share = whole / entries;
    console.log(`${digest}: ${whole} of ${entries} entries held whole by one item (${(share * 100).toFixed(1)} %)${misses.length ? `; e.g. ${misses.join(' | ')}` : ''}`);
    expect(entries).toBeGreaterThan(100);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });
});
