import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportNextIssue } from '../src/core/issue/issue-export.ts';
import { parseIssue } from '../src/core/issue/issue-parser.ts';
import { DEFAULT_TEMPLATE } from '../src/core/model/template.ts';
import { CORPUS_DIR, corpusAvailable } from '../test/helpers/corpus.ts';
import type { Measure } from './measure.ts';
import { repeat } from './measure.ts';
import { syntheticItems } from './synthetic.ts';

/** The core's import and export, in Node: the same code the extension runs. */
export function coreBenchmarks(runs: number): Measure[] {
  const items = syntheticItems(1000, DEFAULT_TEMPLATE);
  const state = { template: DEFAULT_TEMPLATE, issues: [], items };
  const draft = exportNextIssue(state, {}, '2014-07-20').markdown;
  const measures = [
    repeat('export_1000_ms', runs, () => exportNextIssue(state, {}, '2014-07-20')),
    repeat('import_1000_ms', runs, () => parseIssue(draft, { today: '2014-07-20' })),
  ];
  if (corpusAvailable) {
    const files = readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.md'))
      .map((name) => ({ name, text: readFileSync(join(CORPUS_DIR, name), 'utf8') }));
    measures.push(
      repeat('import_corpus_ms', runs, () => {
        for (const f of files) parseIssue(f.text, { fileName: f.name });
      }),
    );
  } else {
    console.warn(`The shared corpus is absent (${CORPUS_DIR}): import_corpus_ms is not measured.`);
  }
  return measures;
}
