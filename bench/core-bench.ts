import { exportNextIssue, exportPublished } from '../src/core/issue/issue-export.ts';
import { planImport } from '../src/core/issue/issue-import.ts';
import { parseIssue } from '../src/core/issue/issue-parser.ts';
import { DEFAULT_TEMPLATE } from '../src/core/model/template.ts';
import { OPENSTACK_PRESET } from '../src/core/template/presets.ts';
import { DIGESTS, digestFiles, otherDigestsAvailable, corpusAvailable } from '../test/helpers/corpus.ts';
import type { Measure } from './measure.ts';
import { repeat } from './measure.ts';
import { syntheticItems } from './synthetic.ts';

/** The core's import and export, in Node: the same code the extension runs. */
export function coreBenchmarks(runs: number): Measure[] {
  const items = syntheticItems(1000, OPENSTACK_PRESET);
  const state = { template: OPENSTACK_PRESET, issues: [], items };
  const draft = exportNextIssue(state, {}, '2014-07-20').markdown;
  // A megabyte of one issue, in each shape that was once slow: many entries, and one entry of
  // many link lines. Import time grows with size, not with its square.
  const entries = Array.from({ length: 10_500 }, (_, i) => `* [Entry ${i} of a long issue](https://example.com/news/${i}) - what happened, in a few words`).join('\n');
  const megabyteOfEntries = `---\ntitle: Weekly 9\n---\n\n## News\n\n${entries}\n`;
  const linkLines = Array.from({ length: 26_000 }, (_, i) => `<https://example.com/page/${i}>`).join('  \n');
  const megabyteOfLinks = `---\ntitle: OpenStack社区动态第十七期(0701-0720)\n---\n\n## 业界动态\n一条很长的条目：  \n${linkLines}\n`;
  for (const text of [megabyteOfEntries, megabyteOfLinks]) {
    const r = parseIssue(text);
    if (!r.ok) throw new Error(`The benchmark's megabyte issue is refused: ${JSON.stringify(r.error)}`);
  }
  // The megabyte issue published, one entry in a hundred re-filed and one in seven edited, written
  // again: each changed entry is written as those beside it are, which must not walk them each time.
  const big = parseIssue(megabyteOfEntries, { fileName: 'weekly-9.md' });
  if (!big.ok) throw new Error('The benchmark\'s megabyte issue is refused.');
  const published = { template: DEFAULT_TEMPLATE, issues: [big.value.issue], items: big.value.items.map((item, k) => (k % 100 === 0 ? { ...item, section: 'Elsewhere' } : k % 7 === 0 ? { ...item, comment: `${item.comment} (edited)`, source: undefined } : item)) };
  const measures = [
    repeat('export_1000_ms', runs, () => exportNextIssue(state, {}, '2014-07-20')),
    repeat('import_1000_ms', runs, () => parseIssue(draft, { today: '2014-07-20' })),
    repeat('import_1mb_entries_ms', runs, () => parseIssue(megabyteOfEntries)),
    repeat('import_1mb_links_ms', runs, () => parseIssue(megabyteOfLinks)),
    repeat('export_1mb_published_edited_ms', runs, () => exportPublished(published, big.value.issue.key)),
  ];
  if (corpusAvailable && otherDigestsAvailable) {
    const files = DIGESTS.map((d) => digestFiles(d));
    measures.push(
      // As the options page imports: each digest's issues planned together, grammar learned.
      repeat('import_corpus_ms', runs, () => {
        for (const digest of files) planImport(digest, { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-12-01');
      }),
    );
  } else {
    console.warn('The shared corpus is absent: import_corpus_ms is not measured.');
  }
  return measures;
}
