import { describe, expect, it } from 'vitest';
import { planImport } from '../../../../src/core/issue/issue-import.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { fixtureFiles } from '../../../helpers/corpus.ts';

describe('entries under headings of their own, with HTML inside', () => {
  const plan = planImport(fixtureFiles('golden/past/headed-tags', '.md'), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-12-06');

  it('keeps the HTML paragraph of tags and the words after it in the entry', () => {
    expect(plan.failures).toEqual([]);
    const items = plan.parsed.flatMap((p) => p.items);
    expect(items.map((i) => i.links[0]?.title)).toEqual(['Node.js 24.3.0 (Current)', 'Vite 7.1 is out!', 'JavaScriptのイテレータヘルパー', 'Announcing TypeScript 6.0 Beta', 'Temporal APIの現状', 'CSSの:has()セレクタ入門']);
    const node = items[0]?.comment ?? '';
    expect(node).toContain('<span class="jser-tag">ReleaseNote</span>');
    expect(node).toContain('`fs.glob`の改善など。');
    expect(items[5]?.comment).toMatch(/:has\(\)の使い方。$/);
  });

  it('leaves the rules between entries and the sections\' HTML headings to the digest', () => {
    const body = plan.parsed[0]?.issue.body ?? [];
    expect(body.filter((s) => s.kind === 'heading').map((s) => s.raw)).toEqual(['<h1 class="site-genre">ヘッドライン</h1>', '<h1 class="site-genre">アーティクル</h1>']);
    expect(body.filter((s) => s.kind === 'text' && s.raw === '----')).toHaveLength(6);
  });
});

describe('entries with a byline under their title', () => {
  it('keep the byline and the words a blank line under it', () => {
    const plan = planImport(fixtureFiles('golden/past/bylines', '.md'), { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-12-05');
    const items = plan.parsed.flatMap((p) => p.items);
    expect(items).toHaveLength(7);
    expect(items[0]?.comment).toBe('**[How We Scaled Code Review](https://eng.example.com/review)**\n— Jane Doe\n\nTeams that review fast ship fast. Here is how one team cut review time in half.');
    expect(plan.template.items.separator).toBe('\n\n');
  });
});
