import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../../src/core/model/issue.ts';
import { makeIssue } from '../../../helpers/builders.ts';
import { exportNextIssue, exportPublished } from '../../../../src/core/issue/issue-export.ts';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';
import type { Item } from '../../../../src/core/model/item.ts';
import { pageKey } from '../../../helpers/round-trip.ts';
import { DEFAULT_TEMPLATE, type Template } from '../../../../src/core/model/template.ts';
import { FIXTURES_DIR, fixtureFiles } from '../../../helpers/corpus.ts';

/**
 * Golden files: each `test/fixtures/golden/NAME.json` (items in, frozen clock) must export as
 * `NAME.md`. `UPDATE_GOLDEN=1 npm run test:unit` rewrites the expected files; review the diff.
 */
interface GoldenCase {
  today: string;
  template?: Partial<Template>;
  openIssue?: { number?: number; start?: string; end?: string };
  exportIssue?: number;
  issues: (Partial<Issue> & { number: number })[];
  items: (Omit<Item, 'capturedAt' | 'issue'> & { issue?: number | null })[];
}


const cases = fixtureFiles('golden', '.json').map((f) => [f.name.replace(/\.json$/, ''), JSON.parse(f.text) as GoldenCase] as const);

describe('golden exports', () => {
  it.each(cases)('%s', (name, golden) => {
    const state = {
      template: { ...DEFAULT_TEMPLATE, ...golden.template },
      issues: golden.issues.map(makeIssue),
      items: golden.items.map((i): Item => ({ capturedAt: '2014-07-21T08:00:00.000Z', issue: null, ...i })),
    };
    const exported =
      golden.exportIssue === undefined
        ? exportNextIssue(state, golden.openIssue ?? {}, golden.today)
        : exportPublished(state, golden.exportIssue);
    if (!exported) throw new Error(`issue ${golden.exportIssue} missing`);
    const expectedPath = join(FIXTURES_DIR, 'golden', `${name}.md`);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, exported.markdown);
    expect(exported.markdown).toBe(readFileSync(expectedPath, 'utf8'));

    // The export is a digest issue again: same number, same items, every link recoverable.
    const reimported = parseIssue(exported.markdown, { fileName: exported.issue.fileName ?? undefined, today: golden.today });
    if (!reimported.ok) throw new Error(JSON.stringify(reimported.error));
    expect(reimported.value.issue.number).toBe(exported.issue.number);
    expect(reimported.value.items).toHaveLength(exported.items.length);
    const reimportedUrls = reimported.value.items.flatMap((i) => i.links.map((l) => pageKey(l.url)));
    for (const link of exported.items.flatMap((i) => i.links)) expect(reimportedUrls).toContain(pageKey(link.url));
  });
});
