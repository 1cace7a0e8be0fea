import { describe, expect, it } from 'vitest';
import { exportNextIssue } from '../../../../src/core/issue/issue-export.ts';
import { parseIssue, type ParsedIssue } from '../../../../src/core/issue/issue-parser.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import type { Item } from '../../../../src/core/model/item.ts';
import { learnTemplate } from '../../../../src/core/template/template-learning.ts';
import { inlineHtml } from '../../../../src/core/markdown/inline-html.ts';

function parse(name: string, markdown: string): ParsedIssue {
  const result = parseIssue(markdown, { fileName: name });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const issue = (n: number): string =>
  `# Notes ${n}\n\n<h2>News</h2>\n<ul>\n  <li><a href="https://n.example/${n}">News ${n}</a> — words.</li>\n</ul>\n\n<h2>Tools</h2>\n<ol>\n  <li><a href="https://t.example/${n}">Tool ${n}</a> — words.</li>\n</ol>\n\n<p>Bye.</p>\n`;

const queued = (section: string, comment: string): Item => ({ id: section, section, project: null, order: 1, comment, links: [{ url: 'https://new.example/a b', title: '' }], capturedAt: '2026-12-01T00:00:00.000Z', issue: null });

describe('a digest written in HTML', () => {
  it('writes a new entry as an item of the heading’s list, and drops the list’s closing tag with a heading left empty', () => {
    const past = [parse('notes-2.md', issue(2)), parse('notes-1.md', issue(1))];
    const template = learnTemplate(DEFAULT_TEMPLATE, past);
    const { markdown } = exportNextIssue({ template, issues: past.map((p) => p.issue), items: [queued('News', 'Fast *and* small.')] }, {}, '2026-12-12');
    expect(markdown).toContain('<h2>News</h2>\n<ul>\n  <li><a href="https://new.example/a%20b">https://new.example/a%20b</a> — Fast <em>and</em> small.</li>\n</ul>\n\n<p>Bye.</p>');
    expect(markdown).not.toContain('</ol>');
    // Words holding a line separator (U+2028), which no Markdown line ends at, are one item's still.
    const odd = exportNextIssue({ template, issues: past.map((p) => p.issue), items: [queued('News', '\u2028!'), { ...queued('Tools', 'b'), id: 't' }] }, {}, '2026-12-12').markdown;
    expect(odd).toContain('<ul>\n  <li>');
    const back = parseIssue(odd, { fileName: 'notes-3.md', grammar: 'bullet' });
    expect(back.ok && back.value.items.map((i) => i.section)).toEqual(['News', 'Tools']);
  });

  it('writes a line of Markdown as HTML: links, emphasis, code, escapes, tags as they stand', () => {
    expect(inlineHtml('[A \\<b\\>](https://a.example/?x=1&y=2) — *em* **strong** `a<b` snake_case <i>kept</i> 5 * 3')).toBe(
      '<a href="https://a.example/?x=1&amp;y=2">A &lt;b&gt;</a> — <em>em</em> <strong>strong</strong> <code>a&lt;b</code> snake_case <i>kept</i> 5 * 3',
    );
    expect(inlineHtml('<https://a.example/?q=1&r=2> and \\*not\\* &amp; &')).toBe('<a href="https://a.example/?q=1&amp;r=2">https://a.example/?q=1&amp;r=2</a> and *not* &amp; &amp;');
    // What looks like an entity in an address, in code or escaped is those characters, not the
    // entity; in the editor's words it is the entity, as Markdown reads it.
    expect(inlineHtml('[A](http://a.example?&#1;a) <http://b.example/?&#2;> `&lt;` \\&#3; &#4;')).toBe(
      '<a href="http://a.example?&amp;#1;a">A</a> <a href="http://b.example/?&amp;#2;">http://b.example/?&amp;#2;</a> <code>&amp;lt;</code> &amp;#3; &#4;',
    );
  });
});
