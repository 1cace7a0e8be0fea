import { describe, expect, it } from 'vitest';
import { exportNextIssue } from '../../../../src/core/issue/issue-export.ts';
import { parseIssue, MAX_ISSUE_CHARS } from '../../../../src/core/issue/issue-parser.ts';
import { planImport } from '../../../../src/core/issue/issue-import.ts';
import type { Item } from '../../../../src/core/model/item.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { OPENSTACK_PRESET } from '../../../../src/core/template/presets.ts';
import { makeIssue } from '../../../helpers/builders.ts';

/**
 * Inputs at the edges of what we accept, each once seen to hang or overflow the stack. Each
 * test would take minutes, or throw RangeError, were any step quadratic or recursive in the
 * input; none measures time (the benchmarks do: `npm run bench`).
 */
const head = '---\ntitle: OpenStack社区动态第十七期(0701-0720)\n---\n\n## 业界动态\n';

describe('inputs at the size limit', () => {
  it('reads one item of 20,000 link lines, every link kept', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `<https://example.com/page/${i}>`);
    const text = `${head}一条很长的条目：  \n${lines.join('  \n')}\n`;
    const r = parseIssue(text);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.items).toHaveLength(1);
    expect(r.value.items[0]?.links).toHaveLength(20_000);
  });

  it('reads 200,000 lines of `#`, and a 300,000-line code fence, without exhausting the stack', () => {
    const hashes = `${head}${'#\n'.repeat(200_000)}`;
    expect(hashes.length).toBeLessThan(MAX_ISSUE_CHARS);
    expect(() => parseIssue(hashes)).not.toThrow();
    const fence = `${head}一段代码：\n\n\`\`\`\n${'x\n'.repeat(300_000)}\`\`\`\n`;
    const r = parseIssue(fence);
    expect(r.ok).toBe(true);
  });

  it('reads deep nesting (quotes in lists in quotes) without exhausting the stack', () => {
    const deep = `${head}${Array.from({ length: 5_000 }, (_, i) => `${'> '.repeat(i % 200)}- <https://example.com/${i}>`).join('\n')}\n`;
    expect(() => parseIssue(deep)).not.toThrow();
  });

  it('reads a run of many `[` and backticks, which a backtracking scan would take forever over', () => {
    for (const run of ['[\\['.repeat(100_000), '`'.repeat(200_000) + 'x', '[a]('.repeat(50_000), '<'.repeat(200_000)]) {
      const r = parseIssue(`${head}${run}\n\n<https://example.com/after>\n`);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      expect(r.value.items.at(-1)?.links.map((l) => l.url)).toEqual(['https://example.com/after']);
    }
  });

  it('refuses one character past the limit, saying so', () => {
    const r = parseIssue(`${head}${'x'.repeat(MAX_ISSUE_CHARS)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('too-long');
  });

  it('plans an import of a file of 15,000 entries of a bullet digest', () => {
    const entries = Array.from({ length: 15_000 }, (_, i) => `* [Entry ${i}](https://example.com/${i}) - words ${i}`);
    const plan = planImport([{ name: 'issue-9.md', text: `---\ntitle: Weekly 9\n---\n\n## News\n\n${entries.join('\n')}\n` }], { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2024-01-01');
    expect(plan.failures).toEqual([]);
    expect(plan.itemCount).toBe(15_000);
  });
});

describe('exports at the size limit', () => {
  it('writes a draft of 130,000 queued items without exhausting the stack', () => {
    const items: Item[] = Array.from({ length: 130_000 }, (_, i) => ({
      id: `q${i}`,
      section: '社区跟踪',
      project: i % 2 ? 'Nova' : 'Neutron',
      comment: `第${i}条`,
      links: [{ url: `https://example.com/${i}`, title: '' }],
      capturedAt: '2014-07-21T00:00:00.000Z',
      order: i,
      issue: null,
    }));
    const exported = exportNextIssue({ template: OPENSTACK_PRESET, issues: [makeIssue({ number: 17, published: '2014-07-20' })], items }, {}, '2014-08-03');
    expect(exported.markdown.split('\n### ')).toHaveLength(3);
    expect(exported.markdown).toContain('<https://example.com/129999>');
  });
});
